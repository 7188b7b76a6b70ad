// Imported first by scripts/prerender.ts, before anything loads React. React, React DOM's server renderer
// and react-i18next choose their development builds unless NODE_ENV says production; those check every
// element and prop and keep stacks for warnings, which made prerendering about twice as slow. The markup
// is the same either way.
process.env.NODE_ENV = 'production';
