import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_FUSES } from './fuses';

// js-yaml and ajv come with electron-builder; loaded through require because they ship no ESM types here.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
type Validator = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; message?: string }> | null;
};
const Ajv = require('ajv') as new (options: Record<string, unknown>) => {
  compile(schema: unknown): Validator;
};

const root = resolve(import.meta.dirname, '..', '..');
const config = yaml.load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  main: string;
  productName: string;
};

type Target = { target: string; arch: string[] };
const targets = (platform: string): Target[] => (config[platform] as { target: Target[] }).target;
const section = (name: string) => config[name] as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      require('app-builder-lib/scheme.json'),
    );
    const valid = validate(config);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.message ?? ''}`) ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the product and app id', () => {
    expect(config.appId).toBe('cn.edu.statusdatadesk');
    expect(config.productName).toBe('状态数据工作台');
    expect(pkg.productName).toBe(config.productName);
  });

  it('packs the built app into an asar without node_modules or the benchmark page, including the entry package.json points at', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([
      'dist/**',
      '!dist/bench.html',
      '!dist/assets/bench-*',
      '!dist/assets/sheet-floor-worker-*',
      'dist-electron/**',
      'package.json',
      '!node_modules/**',
    ]);
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('flips exactly the fuses of src/main/fuses.ts', () => {
    expect(config.electronFuses).toEqual(ELECTRON_FUSES);
  });

  it('builds a per-user Chinese NSIS installer and a portable build for Windows x64', () => {
    expect(targets('win')).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(section('nsis')).toMatchObject({
      oneClick: false,
      perMachine: false,
      installerLanguages: ['zh_CN'],
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds AppImage and deb for Linux', () => {
    expect(targets('linux').map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(section('linux').maintainer).toBeTruthy();
  });

  it('associates the .sdd bundle extension', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'sdd', name: '状态数据包' })]);
  });

  it('uses the icon in assets/, a 512×512 PNG', () => {
    expect(section('win').icon).toBe('assets/icon.png');
    expect(section('linux').icon).toBe('assets/icon.png');
    const png = readFileSync(resolve(root, 'assets', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
