// Registers the service worker of the built app and offers a new version when one is waiting. The new worker
// takes over only when the reader asks ("reload to update"); until then the page keeps its own version's files.
export function registerServiceWorker(offerUpdate: (apply: () => void) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  let asked = false;
  // The first visit's worker also takes control (clients.claim); only a change the reader asked for reloads.
  sw.addEventListener('controllerchange', () => {
    if (asked) window.location.reload();
  });
  const offer = (worker: ServiceWorker) =>
    offerUpdate(() => {
      asked = true;
      worker.postMessage('skip-waiting');
    });
  sw.register(new URL('sw.js', window.location.href).pathname, { scope: './' }).then(
    (reg: ServiceWorkerRegistration | undefined) => {
      // Some embedders (and test harnesses) refuse the registration without an error.
      if (!reg) return;
      if (reg.waiting && sw.controller) offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => {
          if (next.state === 'installed' && sw.controller) offer(next);
        });
      });
    },
    (err: unknown) => console.warn('offline mode unavailable', err),
  );
}
