import { parseArgs } from 'node:util';
import { startFakeGraph } from './fake-graph.server.js';

/**
 * node server/dist/server/tools/fakes/graph/fake-graph.main.js --port 4020 (after npm run build -w server): a fake Graph API with one
 * Facebook post and one Instagram media, each with a comment, for trying the OU's own accounts by
 * hand (FACEBOOK_GRAPH_URL=http://127.0.0.1:4020/v21.0 FACEBOOK_PAGE_ID=100200300
 * INSTAGRAM_USER_ID=1784000000000 FACEBOOK_PAGE_TOKEN=fake-page-token).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4020' } } });
  const fake = await startFakeGraph({}, Number(values.port));
  const post = fake.addFacebookPost('Applications for October are open. Questions welcome below.');
  fake.addFacebookComment(post, { message: 'How do I apply for a fee waiver?', fromName: 'Sam Learner' });
  const media = fake.addInstagramMedia('Graduation day in Milton Keynes #OpenUniversity');
  fake.addInstagramComment(media, { message: 'Congratulations everyone!', fromName: 'ou_grad_2026' });
  console.log(`fake Graph API on ${fake.graphUrl}`);
}

void main();
