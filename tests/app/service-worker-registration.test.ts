import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createUpdateWatcher,
  SKIP_WAITING,
  type ContainerLike,
  type RegistrationLike,
  type WorkerLike,
} from '../../src/app/service-worker-registration';

/** A service worker whose state the test moves on. */
class FakeWorker implements WorkerLike {
  state = 'installing';
  readonly messages: unknown[] = [];
  private readonly listeners: (() => void)[] = [];
  addEventListener(_type: 'statechange', listener: () => void) {
    this.listeners.push(listener);
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  to(state: string) {
    this.state = state;
    for (const l of this.listeners) l();
  }
}

class FakeRegistration implements RegistrationLike {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  private readonly listeners: (() => void)[] = [];
  addEventListener(_type: 'updatefound', listener: () => void) {
    this.listeners.push(listener);
  }
  update = vi.fn(() => Promise.resolve());
  /** A new sw.js was found: it installs, then waits. */
  found(): FakeWorker {
    const worker = new FakeWorker();
    this.installing = worker;
    for (const l of this.listeners) l();
    return worker;
  }
  installed(worker: FakeWorker) {
    this.installing = null;
    this.waiting = worker;
    worker.to('installed');
  }
}

class FakeContainer implements ContainerLike {
  private readonly listeners: (() => void)[] = [];
  readonly registration = new FakeRegistration();
  constructor(public controller: unknown) {}
  register = vi.fn(() => Promise.resolve(this.registration));
  addEventListener(_type: 'controllerchange', listener: () => void) {
    this.listeners.push(listener);
  }
  changeController() {
    this.controller = {};
    for (const l of this.listeners) l();
  }
}

function watch(container: FakeContainer, save = vi.fn(() => Promise.resolve())) {
  const reload = vi.fn();
  const watcher = createUpdateWatcher({ container, save, reload });
  const states: string[] = [];
  watcher.subscribe(() => states.push(watcher.getSnapshot()));
  return { watcher, reload, save, states };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createUpdateWatcher', () => {
  it('registers ./sw.js with the page folder as scope, and says nothing on the first install', async () => {
    const container = new FakeContainer(null);
    const { watcher, states } = watch(container);
    const reg = (await watcher.register()) as FakeRegistration;
    expect(container.register).toHaveBeenCalledWith('./sw.js', { scope: './' });
    const first = reg.found();
    reg.installed(first);
    first.to('activated');
    container.changeController();
    expect(states).toEqual([]);
    expect(watcher.getSnapshot()).toBe('none');
  });

  it('says a new version is ready when a worker installs while another controls the page', async () => {
    const container = new FakeContainer({});
    const { watcher, reload } = watch(container);
    const reg = (await watcher.register()) as FakeRegistration;
    const next = reg.found();
    expect(watcher.getSnapshot()).toBe('none');
    reg.installed(next);
    expect(watcher.getSnapshot()).toBe('ready');
    expect(reload).not.toHaveBeenCalled();
  });

  it('says so at once when a version was already waiting at load', async () => {
    const container = new FakeContainer({});
    container.registration.waiting = new FakeWorker();
    const { watcher } = watch(container);
    await watcher.register();
    expect(watcher.getSnapshot()).toBe('ready');
  });

  it('on Reload to update: saves first, then lets the waiting worker take over, then reloads once', async () => {
    const container = new FakeContainer({});
    let saved!: () => void;
    const save = vi.fn(() => new Promise<void>((ok) => (saved = ok)));
    const { watcher, reload, states } = watch(container, save);
    const reg = (await watcher.register()) as FakeRegistration;
    const next = reg.found();
    reg.installed(next);
    const done = watcher.reload();
    expect(states).toEqual(['ready', 'reloading']);
    expect(save).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(500);
    expect(next.messages).toEqual([]);
    saved();
    await vi.advanceTimersByTimeAsync(0);
    expect(next.messages).toEqual([SKIP_WAITING]);
    expect(reload).not.toHaveBeenCalled();
    container.changeController();
    expect(reload).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(20_000);
    await done;
    expect(reload).toHaveBeenCalledOnce();
  });

  it('never waits for ever: a save that hangs, or a worker that does not take over, still reloads', async () => {
    const container = new FakeContainer({});
    const { watcher, reload } = watch(
      container,
      vi.fn(() => new Promise<void>(() => {})),
    );
    const reg = (await watcher.register()) as FakeRegistration;
    const next = reg.found();
    reg.installed(next);
    void watcher.reload();
    await vi.advanceTimersByTimeAsync(2000);
    expect(next.messages).toEqual([SKIP_WAITING]);
    await vi.advanceTimersByTimeAsync(9999);
    expect(reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('a tab whose worker another tab replaced says it runs the old version, and only reloads', async () => {
    const container = new FakeContainer({});
    const { watcher, reload } = watch(container);
    await watcher.register();
    container.changeController();
    expect(watcher.getSnapshot()).toBe('ready');
    await watcher.reload();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does nothing where registration is stubbed out or refused', async () => {
    const stubbed = Object.assign(new FakeContainer(null), { register: vi.fn(() => Promise.resolve(undefined)) });
    for (const container of [
      stubbed,
      Object.assign(new FakeContainer(null), { register: vi.fn(() => Promise.reject(new Error('insecure'))) }),
    ]) {
      const { watcher } = watch(container);
      expect(await watcher.register()).toBeUndefined();
      expect(watcher.getSnapshot()).toBe('none');
    }
  });
});
