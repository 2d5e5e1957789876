/**
 * Why an import took nothing, item by item, announced as an alert: the CSV and weights imports'
 * shared answer to a bad file ("Nothing was imported:" and one line per problem).
 */
import layout from './layout.module.css';

export function ProblemList({ heading, problems, testId }: { heading: string; problems: readonly string[]; testId?: string }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className={layout.problems} data-testid={testId}>
      <p>{heading}</p>
      <ul>{problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
    </div>
  );
}
