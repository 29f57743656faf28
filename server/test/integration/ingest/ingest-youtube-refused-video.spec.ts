import {
  type FakeYoutubeServer,
  fakeYoutubeCommentId,
  fakeYoutubeVideoId,
  startFakeYoutube,
} from '../../../tools/fakes/youtube/fake-youtube.server';
import { IngestService } from '../../../src/ingest/ingest.service';
import { newTestApp, type TestApp } from '../../support/test-app';
import { ran } from '../../support/ingest-runs';

/**
 * A tracked video whose comments YouTube refuses for good (made private, comments not viewable):
 * the video is noted in the quarantine and the comment walk goes on with the other videos, instead
 * of stopping on it at every pass.
 */
describe('ingesting from YouTube when one video refuses its comments (403 forbidden)', () => {
  let fake: FakeYoutubeServer;
  let t: TestApp;
  let ingest: IngestService;
  let sourceId: string;
  const refused = fakeYoutubeVideoId(1);

  const storedIds = async (): Promise<string[]> =>
    (
      (await t.db.query(`SELECT external_id FROM mentions WHERE platform = 'youtube' ORDER BY external_id`)) as {
        external_id: string;
      }[]
    ).map((r) => r.external_id);
  const run = async () => ran(await ingest.runSource(sourceId, { force: true }));
  const threadCalls = (videoId: string) =>
    fake.requests.filter((r) => r.resource === 'commentThreads' && r.params.get('videoId') === videoId).length;

  beforeAll(async () => {
    fake = await startFakeYoutube({ posts: 3, commentsPerVideo: 3 });
    t = await newTestApp({
      env: { YOUTUBE_API_KEY: 'test-api-key', YOUTUBE_BASE_URL: fake.url, DEMO: 'off', INGEST_BACKOFF_BASE_MS: '5' },
    });
    ingest = t.app.get(IngestService);
    const [row] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'youtube'`)) as { id: string }[];
    sourceId = row!.id;
  }, 600_000); // the first app of a run may train the classifier
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('stores the comments on the other videos, notes the refused one, and the run does not fail', async () => {
    fake.forbidComments(refused);
    const outcome = await run();
    // three videos, the two comments naming the OU on videos 2 and 0, and one note for video 1
    expect(outcome).toMatchObject({ status: 'partial', error: null, inserted: 3 + 2 + 2, quarantined: 1 });
    expect(await storedIds()).toEqual(
      [
        ...[0, 1, 2].map(fakeYoutubeVideoId),
        ...[0, 2].flatMap((v) => [fakeYoutubeCommentId(v, 0), fakeYoutubeCommentId(v, 2)]),
      ].sort(),
    );
    expect(
      await t.db.query(
        `SELECT external_id, payload->>'videoId' AS video_id, error FROM quarantine WHERE source_id = $1`,
        [sourceId],
      ),
    ).toEqual([
      {
        external_id: null,
        video_id: refused,
        error: `the comments on video ${refused} cannot be read, so it is no longer tracked: YouTube answered HTTP 403 (forbidden)`,
      },
    ]);
    const [row] = (await t.db.query(`SELECT cursor FROM source_cursors WHERE source_id = $1`, [sourceId])) as {
      cursor: { comments?: unknown; videos: { id: string }[] };
    }[];
    const cursor = row!.cursor;
    expect(cursor.comments).toBeUndefined();
    expect(cursor.videos.map((v) => v.id)).toEqual([fakeYoutubeVideoId(2), fakeYoutubeVideoId(0)]);
  });

  it('the next pass reads the other videos and does not ask for the refused one again', async () => {
    fake.addComments(0, 2); // comments 3 and 4 on video 0; 4 names the OU
    fake.requests.length = 0;
    const outcome = await run();
    expect(outcome).toMatchObject({ status: 'ok', inserted: 1, quarantined: 0 });
    expect(await storedIds()).toContain(fakeYoutubeCommentId(0, 4));
    expect(threadCalls(refused)).toBe(0);
    expect(threadCalls(fakeYoutubeVideoId(0))).toBe(1);
  });
});
