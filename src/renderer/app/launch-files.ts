/**
 * Bundle files the OS opened the app with (double-click on a .sdd; a second launch hands its file to
 * this window). The bundle feature registers what to do with one (its `openBundleFromBytes(name,
 * bytes)` → import preview); files that arrive before it registers wait here. The page asks the
 * platform at start-up and whenever the window regains focus, which a second launch causes.
 */
import { useEffect } from 'react';
import { App as AntApp } from 'antd';
import { getPlatform } from '../platform/platform';
import type { Platform } from '../platform/platform-types';

export type LaunchFileHandler = (name: string, bytes: Uint8Array) => void | Promise<void>;

let handler: LaunchFileHandler | null = null;
const waiting: Array<{ name: string; bytes: Uint8Array }> = [];

/** Called once by the bundle feature; files that arrived earlier are handed over now, in order. */
export function registerLaunchFileHandler(fn: LaunchFileHandler): void {
  handler = fn;
  for (const f of waiting.splice(0)) void fn(f.name, f.bytes);
}

/** Takes pending launch files from the platform; returns the messages of files main could not read. */
export async function collectLaunchFiles(platform: Pick<Platform, 'takeLaunchFiles'>): Promise<string[]> {
  const r = await platform.takeLaunchFiles();
  if (!r.ok) return [r.error.message];
  for (const f of r.value.files) {
    if (handler) await handler(f.name, f.bytes);
    else waiting.push({ name: f.name, bytes: f.bytes });
  }
  return r.value.refused.map((x) => x.message);
}

/** Files still waiting for a handler (for tests and the bundle feature's first render). */
export function pendingLaunchFiles(): ReadonlyArray<{ readonly name: string }> {
  return waiting;
}

/** Mount once in the ready app: collects at start and on every window focus. */
export function useLaunchFiles(enabled: boolean): void {
  const { message } = AntApp.useApp();
  useEffect(() => {
    if (!enabled) return;
    const collect = () =>
      void collectLaunchFiles(getPlatform()).then((refused) => {
        for (const m of refused) message.warning(m);
      });
    collect();
    window.addEventListener('focus', collect);
    return () => window.removeEventListener('focus', collect);
  }, [enabled, message]);
}

/** Mounted inside antd's <App> once storage is ready (App.tsx). */
export function LaunchFileWatcher(): null {
  useLaunchFiles(true);
  return null;
}
