import { joinTokenPointer, joinTokenSetFlag, joinTokenSourceOf, type JoinTokenSource } from '@/core/install/joinTokenSource';
import { schemaAt } from '@/core/schema/schemaNavigation';
import { useDispatch, useSession } from '@/state/sessionStore';
import { describeWithin } from './fieldId';
import { FieldProblems } from './FieldProblems';
import { useFormRuntime } from './FormRuntimeContext';
import { useFieldProblems } from './useFieldState';

/** Where the join token comes from, as the values and the user's choice say. */
export function useJoinTokenSource(): JoinTokenSource {
  return useSession((session) => joinTokenSourceOf(session.userValues, session.joinTokenSource));
}

const choices: readonly { source: JoinTokenSource; label: string; description: string }[] = [
  {
    source: 'install',
    label: 'Provided at install (recommended)',
    description: `The install and upgrade commands pass it with ${joinTokenSetFlag}: it is never written in this file.`,
  },
  { source: 'file', label: 'Written in this file', description: 'Paste the token in join_token below.' },
  { source: 'secret', label: 'Read from an existing Secret', description: 'Name a Secret you create in the release namespace; the Commands panel shows how.' },
];

/**
 * The first question of the Install section. The token is a credential, so the default keeps it out of the
 * file; the problems of join_token show here while its own field is not on screen.
 */
export function JoinTokenSourceChoice() {
  const dispatch = useDispatch();
  const source = useJoinTokenSource();
  const { chart } = useFormRuntime();
  const problems = useFieldProblems(joinTokenPointer);
  const secretSupported = schemaAt(chart.schema, '/agent/existingJoinTokenSecret/name') !== undefined;
  const chartVersion = useSession((session) => session.chartRef.version);

  return (
    <fieldset className="group join-token-source" {...(source === 'file' ? {} : { 'data-pointer': joinTokenPointer })}>
      <legend className="group__title">Where the join token comes from</legend>
      <div className="join-token-source__choices">
        {choices.map((choice) => {
          const unavailable = choice.source === 'secret' && !secretSupported;
          const id = `join-token-source-${choice.source}`;
          return (
            <div key={choice.source} className="join-token-source__choice">
              <input
                type="radio"
                id={id}
                name="join-token-source"
                value={choice.source}
                checked={source === choice.source}
                disabled={unavailable}
                aria-describedby={`${id}-desc`}
                onChange={() => dispatch({ type: 'joinTokenSourceChosen', source: choice.source })}
              />
              <label htmlFor={id}>{choice.label}</label>
              <p id={`${id}-desc`} className="field__description">
                {unavailable ? `Chart ${chartVersion} cannot read the token from a Secret; chart 1.90.0 and later can.` : choice.description}
              </p>
            </div>
          );
        })}
      </div>
      {source === 'file' && (
        <p className="field-problem field-problem--warning" role="note">
          <span className="field-problem__severity">Warning:</span> the token lands in the values file, and in every copy of it. Anyone who
          reads the file can enroll an installation into your region until it has joined: keep the file as secret as the token, or provide it
          at install instead.
        </p>
      )}
      {source !== 'file' && <FieldProblems id="join-token-source-problems" problems={problems} describeWithin={describeWithin} />}
    </fieldset>
  );
}

/** Which Install nodes the chosen source needs: the token field for a token in the file, the Secret's name for a Secret. */
export function isShownForJoinTokenSource(pointer: string, source: JoinTokenSource): boolean {
  if (pointer === joinTokenPointer) return source === 'file';
  if (pointer === '/agent/existingJoinTokenSecret') return source === 'secret';
  return true;
}
