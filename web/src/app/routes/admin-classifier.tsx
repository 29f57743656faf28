import { Page } from '../../components/ui/page';
import { useClassifierModel } from '../../features/classifier/api/get-classifier-model';
import { useClassifierPrecision } from '../../features/classifier/api/get-classifier-precision';
import { ClassifyForm } from '../../features/classifier/components/classify-form';
import { ModelScoresTable } from '../../features/classifier/components/model-scores-table';
import { count } from '../../features/classifier/components/numbers';
import { PrecisionTable } from '../../features/classifier/components/precision-table';
import { formatUkTime } from '../../lib/uk-time';

/** Admin: which classifier model is in use, how it scores, and a box to try it on a text. */
export function AdminClassifierRoute() {
  const model = useClassifierModel();
  const precision = useClassifierPrecision();

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
              Version <code>{model.data.modelVersion}</code>, trained {formatUkTime(model.data.trainedAt)} on{' '}
              {count(model.data.trainingPosts)} posts, {count(model.data.correctionsUsed)} of them staff corrections.
            </p>
            <ModelScoresTable model={model.data} />
          </>
        )}
      </section>

      <section aria-labelledby="precision-heading">
        <h2 id="precision-heading">Precision you can see</h2>
        {precision.isPending ? (
          <p role="status">Loading precision…</p>
        ) : precision.isError ? (
          <p role="alert">Could not load precision: {precision.error.message}</p>
        ) : (
          <PrecisionTable view={precision.data} />
        )}
      </section>

      <section aria-labelledby="try-heading">
        <h2 id="try-heading">Try a text</h2>
        <ClassifyForm />
      </section>
    </Page>
  );
}
