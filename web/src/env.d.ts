// Stylesheets are imported for their side effect; vite bundles them into a CSS file.
declare module '*.css';
