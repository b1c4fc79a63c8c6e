import { useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { allowedEvents, transitionOrganisation } from '@weegschaal/core';
import type { OrganisationEvent, OrganisationState } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { send } from '../auth/api-send.ts';
import { fill } from '../advice/format.ts';
import { ProblemAlert, StatusMessage } from './form-fields.tsx';
import type { Outcome } from './form-fields.tsx';

/**
 * The transitions of the life cycle that are a decision, not the outcome of a call-up round:
 * starting an activation and declaring the MIT active happen through /activations, so they are
 * never offered here.
 */
const MANUAL_EVENTS: readonly OrganisationEvent[] = [
  'cancel-activation',
  'start-scaling-down',
  'return-to-dormant',
];

/**
 * The buttons for the state changes the server allows now, each asked once more before it is
 * sent (a state change calls people up or sends them home). The outcome is announced and takes
 * focus, because the button that was pressed is gone. What is allowed follows from the state
 * the overview shows, by the same core rule the server applies.
 */
export function OrganisationStateActions({
  state,
  onChanged,
}: {
  state: OrganisationState;
  onChanged: () => void;
}) {
  const { t, tDynamic } = useLocale();
  const [asking, setAsking] = useState<OrganisationEvent | null>(null);
  const [problem, setProblem] = useState<Error | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const announcement = useRef<HTMLDivElement>(null);
  const events = allowedEvents(state).filter((e) => MANUAL_EVENTS.includes(e));
  const stateName = (s: OrganisationState) => tDynamic(`readiness.state.${s}`);
  const apply = (event: OrganisationEvent) => {
    setProblem(null);
    send<{ state: OrganisationState }>('POST', '/organisation-state/transitions', { event }).then(
      (next) => {
        setAsking(null);
        setOutcome({
          ok: true,
          text: fill(t('readiness.transition.done'), { state: stateName(next.state) }),
        });
        onChanged();
        announcement.current?.focus();
      },
      (err: Error) => setProblem(err),
    );
  };
  return (
    <section aria-labelledby="state-actions-heading" data-testid="state-actions">
      <Heading level={4} id="state-actions-heading">
        {t('readiness.transition.title')}
      </Heading>
      <StatusMessage message={outcome} ref={announcement} />
      <ProblemAlert problem={problem} />
      {events.map((event) =>
        asking === event ? (
          <div key={event} className="ws-form-actions">
            <Paragraph>
              {fill(t('readiness.transition.sure'), {
                state: stateName(transitionOrganisation(state, event)),
              })}
            </Paragraph>
            <Button appearance="primary-action-button" onClick={() => apply(event)}>
              {fill(t('readiness.transition.yes'), {
                action: tDynamic(`readiness.transition.${event}`).toLowerCase(),
              })}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setAsking(null)}>
              {t('readiness.transition.no')}
            </Button>
          </div>
        ) : (
          <Button
            key={event}
            appearance="secondary-action-button"
            onClick={() => {
              setOutcome(null);
              setAsking(event);
            }}
          >
            {tDynamic(`readiness.transition.${event}`)}
          </Button>
        ),
      )}
      <Paragraph>{t('readiness.transition.viaActivation')}</Paragraph>
    </section>
  );
}
