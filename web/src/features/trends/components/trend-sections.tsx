import { type PanelContext, QUESTIONS, TREND_PANELS } from '../panels';
import { TrendPanel } from './trend-panel';

/** The panels under the three questions, each question a section of its own. */
export function TrendSections({ ctx }: { ctx: PanelContext }) {
  return QUESTIONS.map((question) => (
    <section key={question.id} className="trend-question" aria-labelledby={`trend-q-${question.id}`}>
      <h2 id={`trend-q-${question.id}`}>{question.title}</h2>
      <div className="trend-grid">
        {TREND_PANELS.filter((p) => p.question === question.id).map((panel) => (
          <TrendPanel key={panel.id} panel={panel} ctx={ctx} />
        ))}
      </div>
    </section>
  ));
}
