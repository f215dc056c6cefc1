// The overlay's stylesheet, scoped by its shadow root so neither the page nor PostGuard leaks.
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.pg-layer { position: fixed; top: 0; left: 0; width: 0; height: 0; font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f172a; }
[data-pg="mark"], [data-pg="mark-part"] { position: fixed; pointer-events: none; border-radius: 2px; outline: none; }
[data-pg="mark"][data-severity="block"], [data-pg="mark-part"][data-severity="block"] { background: rgba(220, 38, 38, 0.14); border-bottom: 2px solid #dc2626; }
[data-pg="mark"][data-severity="warn"], [data-pg="mark-part"][data-severity="warn"] { background: rgba(217, 119, 6, 0.12); border-bottom: 2px solid #d97706; }
[data-pg="mark"][data-severity="info"], [data-pg="mark-part"][data-severity="info"] { border-bottom: 2px dotted #2563eb; }
[data-pg="mark"]:focus-visible { box-shadow: 0 0 0 2px #2563eb; }
[data-pg="badge"] { position: fixed; pointer-events: auto; cursor: pointer; max-width: 340px; padding: 2px 8px; border-radius: 999px; border: 1px solid #cbd5e1; background: #f8fafc; font: 600 11px/1.6 system-ui, sans-serif; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; box-shadow: 0 1px 3px rgba(15, 23, 42, 0.18); }
[data-pg="badge"][data-state="ok"] { color: #166534; border-color: #86efac; background: #f0fdf4; }
[data-pg="badge"][data-state="warn"] { color: #92400e; border-color: #fcd34d; background: #fffbeb; }
[data-pg="badge"][data-state="block"] { color: #991b1b; border-color: #fca5a5; background: #fef2f2; }
[data-pg="badge"][data-state="unmonitored"] { color: #f8fafc; border-color: #475569; background: #475569; }
[data-pg="tooltip"] { position: fixed; pointer-events: auto; max-width: 360px; padding: 8px 10px; border-radius: 8px; background: #0f172a; color: #f8fafc; box-shadow: 0 6px 18px rgba(15, 23, 42, 0.3); }
[data-pg="tooltip"] .pg-clause { font-size: 11px; color: #cbd5e1; margin-bottom: 4px; }
[data-pg="tooltip"] .pg-fix { margin-top: 4px; color: #bbf7d0; }
[data-pg="panel"] { position: fixed; pointer-events: auto; top: 16px; left: 50%; transform: translateX(-50%); width: min(480px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto; padding: 16px; border-radius: 12px; background: #ffffff; border: 1px solid #cbd5e1; box-shadow: 0 12px 32px rgba(15, 23, 42, 0.28); }
[data-pg="panel"] h2 { margin: 0 0 8px; font-size: 16px; }
[data-pg="panel"] ul { margin: 8px 0; padding-left: 18px; }
[data-pg="panel"] li { margin: 6px 0; }
[data-pg="panel"] .pg-excerpt { font-style: italic; }
[data-pg="panel"] .pg-clause { color: #475569; font-size: 12px; }
[data-pg="panel"] .pg-actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 12px; }
[data-pg="panel"] button { font: inherit; padding: 6px 12px; border-radius: 8px; border: 1px solid #94a3b8; background: #f1f5f9; cursor: pointer; }
[data-pg="panel"] button.pg-primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
[data-pg="panel"] button:disabled { opacity: 0.5; cursor: not-allowed; }
[data-pg="panel"] button.pg-link { padding: 0; border: none; background: none; color: #1d4ed8; text-decoration: underline; font-size: inherit; }
[data-pg="panel"] label { display: block; margin-top: 8px; }
[data-pg="panel"] input[type="text"], [data-pg="panel"] textarea { display: block; width: 100%; margin-top: 2px; padding: 6px; font: inherit; border: 1px solid #94a3b8; border-radius: 6px; }
[data-pg="panel"] .pg-waiver { display: flex; gap: 6px; align-items: flex-start; padding: 8px; border-radius: 8px; background: #fffbeb; }
[data-pg="panel"] .pg-waiver input { margin-top: 3px; }
.pg-hidden { display: none !important; }
`
