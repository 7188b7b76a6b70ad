// Types for scripts/nginx-config.mjs, for the bench (TypeScript).
export function nginxConfig(options: { name: string; port: number; root: string; locations?: string }): string[];
