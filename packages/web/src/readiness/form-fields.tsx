import type { ReactNode } from 'react';
import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { ApiProblem } from '../auth/api-send.ts';

/** A labelled control; the label is tied to the control by id for screen readers. */
export function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="ws-field">
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      {children}
    </div>
  );
}

export const inputClass = 'utrecht-textbox utrecht-textbox--html-input';
export const selectClass = 'utrecht-select utrecht-select--html-select';

/** A refused form says which field failed and why, as the API gave it. */
export function ProblemAlert({ problem }: { problem: Error | null }) {
  return (
    <div role="alert">
      {problem && (
        <Alert type="error">
          <Paragraph>{problem.message}</Paragraph>
          {problem instanceof ApiProblem && problem.invalidParams.length > 0 && (
            <ul>
              {problem.invalidParams.map((p) => (
                <li key={p.name}>
                  {p.name}: {p.reason}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </div>
  );
}
