import type { ContactChannel, ContactKind } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { ContactFields, Field, TextInput, contactOf, orNull } from './form-fields.tsx';

/** Who fills a committee role or secretariat position, as it is being edited. */
export interface HolderDraft {
  holderName: string;
  channel: ContactKind;
  address: string;
  verifiedOn: string;
}

interface Holder {
  holderName: string | null;
  contact: ContactChannel | null;
  contactVerifiedOn: string | null;
}

export function holderDraftOf(initial: Holder | null): HolderDraft {
  return {
    holderName: initial?.holderName ?? '',
    channel: initial?.contact?.kind ?? 'email',
    address: initial?.contact?.address ?? '',
    verifiedOn: initial?.contactVerifiedOn ?? '',
  };
}

/** The holder as the API takes it: a vacant seat and an unknown channel are null. */
export function holderOf(draft: HolderDraft): Holder {
  return {
    holderName: orNull(draft.holderName),
    contact: contactOf(draft.channel, draft.address),
    contactVerifiedOn: orNull(draft.verifiedOn),
  };
}

/** Name, channel and date of the last check of whoever holds the seat; all may be empty. */
export function HolderFields({
  id,
  value,
  onChange,
}: {
  id: string;
  value: HolderDraft;
  onChange: (value: HolderDraft) => void;
}) {
  const { t } = useLocale();
  const set = (part: Partial<HolderDraft>) => onChange({ ...value, ...part });
  return (
    <>
      <Field
        id={`${id}-holder`}
        name="holderName"
        label={t('readiness.form.holder')}
        hint={t('readiness.form.holderHint')}
      >
        <TextInput
          id={`${id}-holder`}
          value={value.holderName}
          onChange={(holderName) => set({ holderName })}
        />
      </Field>
      <ContactFields
        id={id}
        kind={value.channel}
        address={value.address}
        onKind={(channel) => set({ channel })}
        onAddress={(address) => set({ address })}
      />
      <Field id={`${id}-verified`} name="contactVerifiedOn" label={t('readiness.form.verifiedOn')}>
        <TextInput
          id={`${id}-verified`}
          type="date"
          value={value.verifiedOn}
          onChange={(verifiedOn) => set({ verifiedOn })}
        />
      </Field>
    </>
  );
}
