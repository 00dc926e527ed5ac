export { createApp, defaultMaxBodyBytes, type AppOptions } from './app.js';
export { startServer, type RunningServer } from './serve.js';
