/**
 * What a gallery needs only once its viewer opens, in one module that the first opening loads: pages whose
 * readers never open a viewer do not pay for it.
 */
export { StageGestures } from './gestures.js';
export { LightboxHistory, lockScroll, unlockScroll } from './history.js';
export { viewerCss } from './viewer.styles.js';
