// Texts of the shared form, error and confirmation components (Dutch first, English second).
import type { Lang } from '../i18n/index.tsx';

const nl = {
  unreachableTitle: 'De server is even niet bereikbaar',
  unreachable:
    'Wat u al ziet, blijft staan en wat u hebt ingevuld gaat niet verloren. Probeer het over een ogenblik opnieuw.',
  retry: 'Opnieuw proberen',
  retrying: 'Bezig…',
  fieldError: (label: string, message: string) => `${label}: ${message}`,
  formErrors: (n: number) => (n === 1 ? 'Eén veld vraagt uw aandacht.' : `${n} velden vragen uw aandacht.`),
  required: 'Vul dit veld in.',
  confirmTitle: 'Weet u het zeker?',
  cancel: 'Annuleren',
};

export type ComponentTexts = typeof nl;

const en: ComponentTexts = {
  unreachableTitle: 'The server cannot be reached right now',
  unreachable: 'What you see stays on screen and nothing you entered is lost. Please try again in a moment.',
  retry: 'Try again',
  retrying: 'Working…',
  fieldError: (label, message) => `${label}: ${message}`,
  formErrors: (n) => (n === 1 ? 'One field needs your attention.' : `${n} fields need your attention.`),
  required: 'Please fill in this field.',
  confirmTitle: 'Are you sure?',
  cancel: 'Cancel',
};

export const componentTexts: Record<Lang, ComponentTexts> = { nl, en };
