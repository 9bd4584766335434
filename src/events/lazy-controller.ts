/**
 * The event controller as the core holds it (SPEC §11): a shim that loads the controller (and,
 * through it, the Yjs engine) only on a tablet that is, or becomes, a gate of an event, so a
 * tablet in none keeps its first load small and its checks untouched.
 */
import type { EventController, EventControllerDeps, EventView } from './controller.ts';

/** The controller as the core uses it: its views come through `onView`. */
export type CoreEvents = Omit<EventController, 'view' | 'subscribe'>;

/** A controller that loads itself on first need; `onView` hears each new view. */
export function lazyEventController(
  deps: EventControllerDeps,
  onView: (view: EventView | null) => void,
): CoreEvents {
  let loaded: Promise<EventController> | null = null;
  let ready: EventController | null = null;
  // What `start` found: until it has looked, a purge or a lookup waits for it.
  let started: Promise<void> = Promise.resolve();
  const load = () => {
    loaded ??= import('./controller.ts').then(({ createEventController }) => {
      const controller = createEventController(deps);
      controller.subscribe(onView);
      ready = controller;
      return controller;
    });
    return loaded;
  };
  // Until it is loaded, no event is open: lookups find nothing, and nothing is added.
  const whenLoaded = async <T>(
    use: (c: EventController) => Promise<T> | T,
    none: T,
  ): Promise<T> => {
    await started;
    return loaded ? use(await loaded) : none;
  };

  return {
    start() {
      started = (async () => {
        const stored = await deps.db.get('event', 'current').catch(() => undefined);
        if (stored) await (await load()).start();
      })().catch(() => undefined);
      return started;
    },
    create: async (input) => (await load()).create(input),
    join: async (invite, gate) => (await load()).join(invite, gate),
    leave: () => whenLoaded((c) => c.leave(), undefined),
    csv: () => whenLoaded((c) => c.csv(), ''),
    purge: (before) => whenLoaded((c) => c.purge(before), 0),
    lookup: (id) => whenLoaded((c) => c.lookup(id), null),
    add(entry) {
      ready?.add(entry);
    },
    online() {
      ready?.online();
    },
    dispose: () => whenLoaded((c) => c.dispose(), undefined),
  };
}
