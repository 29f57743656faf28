import { Page } from '../../components/ui/page';
import { useClassifierModel } from '../../features/classifier/api/get-classifier-model';
import { ClassifyForm } from '../../features/classifier/components/classify-form';
import { ModelScoresTable } from '../../features/classifier/components/model-scores-table';

/** Admin: which classifier model is in use, how it scores, and a box to try it on a text. */
export function AdminClassifierRoute() {
  const model = useClassifierModel();

  return (
    <Page title="Classifier">
      <section aria-labelledby="model-heading">
        <h2 id="model-heading">Model in use</h2>
        {model.isPending ? (
          <p role="status">Loading the model…</p>
        ) : model.isError ? (
          <p role="alert">Could not load the model: {model.error.message}</p>
        ) : (
          <>
            <p>
              Version <code>{model.data.modelVersion}</code>, trained {new Date(model.data.trainedAt).toLocaleString()}{' '}
              on {model.data.trainingPosts} posts, {model.data.correctionsUsed} of them staff corrections.
            </p>
            <ModelScoresTable model={model.data} />
          </>
        )}
      </section>

      <section aria-labelledby="try-heading">
        <h2 id="try-heading">Try a text</h2>
        <ClassifyForm />
      </section>
    </Page>
  );
}
