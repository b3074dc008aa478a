/**
 * WXT's fakeBrowser has no `omnibox` nor `permissions.onAdded`/`onRemoved` ("not implemented"): this fills in what the worker
 * calls (issue 13), keeping the default suggestion and the listeners so a test can type as the address bar would.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Suggestion = { content: string; description: string };
type Changed = (text: string, suggest: (suggestions: Suggestion[]) => void) => void;
type Entered = (text: string, disposition: string) => void;

export interface FakeOmnibox {
  defaultSuggestion: string | null;
  /** Types `text` and answers the default row and the suggestions the worker gave. */
  type(text: string): Promise<{ heading: string | null; suggestions: Suggestion[] }>;
}

export function installFakeOmnibox(): FakeOmnibox {
  const changed: Changed[] = [];
  const entered: Entered[] = [];
  const fake: FakeOmnibox = {
    defaultSuggestion: null,
    type: (text) =>
      new Promise((resolve) => {
        for (const listener of changed) listener(text, (suggestions) => resolve({ heading: fake.defaultSuggestion, suggestions }));
      }),
  };
  const omnibox = {
    setDefaultSuggestion: ({ description }: { description: string }) => void (fake.defaultSuggestion = description),
    onInputChanged: { addListener: (listener: Changed) => void changed.push(listener) },
    onInputEntered: { addListener: (listener: Entered) => void entered.push(listener) },
  };
  Object.assign(fakeBrowser, { omnibox });
  Object.assign(fakeBrowser.permissions, { onAdded: { addListener: () => undefined }, onRemoved: { addListener: () => undefined } });
  return fake;
}
