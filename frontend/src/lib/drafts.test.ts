import { afterEach, describe, expect, it } from 'vitest';
import { announceSessionEnded, saveDraft, SESSION_ENDED_EVENT, takeDraft } from './drafts';

describe('drafts', () => {
  afterEach(() => sessionStorage.clear());

  it('gives a saved draft back once', () => {
    saveDraft('service:1:new', { title: 'Oil', odometer: '31000', odometer_reset: false });
    const shape = { title: '', odometer: '', odometer_reset: false };
    expect(takeDraft('service:1:new', shape)).toEqual({ title: 'Oil', odometer: '31000', odometer_reset: false });
    expect(takeDraft('service:1:new', shape)).toBeNull();
  });

  it('ignores a draft of another shape', () => {
    saveDraft('k', { title: 'Oil' });
    expect(takeDraft('k', { title: '', cost: '' })).toBeNull();
    saveDraft('k', { title: 3 });
    expect(takeDraft('k', { title: '' })).toBeNull();
    sessionStorage.setItem('carnet.draft:k', '{not json');
    expect(takeDraft('k', { title: '' })).toBeNull();
  });

  it('announces the end of the session to listeners', () => {
    let heard = 0;
    const listener = () => heard++;
    window.addEventListener(SESSION_ENDED_EVENT, listener);
    announceSessionEnded();
    window.removeEventListener(SESSION_ENDED_EVENT, listener);
    expect(heard).toBe(1);
  });
});
