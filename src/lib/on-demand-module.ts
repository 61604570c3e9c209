import { useEffect, useState, type ReactNode } from "react";

/** A module fetched when first wanted, and known synchronously once it has arrived. */
export type OnDemandModule<M> = {
  /** Starts the fetch once (again after a failed one); resolves with the module. */
  load: () => Promise<M>;
  /** The module, once it has arrived. */
  loaded: () => M | undefined;
};

export function onDemandModule<M>(importModule: () => Promise<M>): OnDemandModule<M> {
  let arrived: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    load: () =>
      (loading ??= importModule().then(
        (module) => (arrived = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => arrived,
  };
}

/**
 * For render: the module, or undefined (and a render when it arrives) while it loads. Not React's
 * lazy() under Suspense: lazy() suspends on every first mount, even for a module preloaded long
 * before, and a Suspense boundary shows what it was waiting for no sooner than 300 ms after its
 * fallback appeared (React's throttle on revealing content). The room's audio, preloaded while the
 * hallway was idle, waited those 300 ms for its player to mount. A failed fetch is thrown to the
 * nearest error boundary, as lazy() would.
 */
export function useOnDemandModule<M>(onDemand: OnDemandModule<M>): M | undefined {
  const [module, setModule] = useState(onDemand.loaded);
  useEffect(() => {
    if (module) return;
    let mounted = true;
    onDemand.load().then(
      (arrived) => {
        if (mounted) setModule(() => arrived);
      },
      (error: unknown) => {
        if (mounted)
          setModule(() => {
            throw error;
          });
      },
    );
    return () => {
      mounted = false;
    };
  }, [onDemand, module]);
  return module;
}

export type OnDemandProps<M> = {
  module: OnDemandModule<M>;
  /** What to show once the module is in; nothing is shown until then. */
  children: (loaded: M) => ReactNode;
};

/**
 * A part of a page whose code is fetched when it first mounts (a dialog's content as it opens),
 * shown as soon as the code is in: useOnDemandModule as an element, in place of lazy() under
 * Suspense, whose first reveal waits out React's 300 ms throttle.
 */
export function OnDemand<M>({ module, children }: OnDemandProps<M>): ReactNode {
  const loaded = useOnDemandModule(module);
  return loaded ? children(loaded) : null;
}
