/** Test kit: the handshake and setup for office (DDS), summary XGC and department TW, through the real services. */
import {
  createStationKey,
  acceptRegistration,
  exportRegistration,
  readRegistrationFile,
} from '../key-service';
import { applySetupBundle, buildSetupBundle, inspectSetup } from '../setup-service';
import type { TaskAssignment } from '../../../../shared/tasks/task-types';
import { openStation, type Station } from './exchange-kit';

function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export async function register(office: Station, station: Station, name: string): Promise<void> {
  must(await createStationKey(station.deps, station.acting));
  const reg = must(await exportRegistration(station.deps, station.acting, await station.state(), name));
  const req = must(await readRegistrationFile(station.deps, reg.bytes));
  must(await acceptRegistration(office.deps, office.acting, await office.state(), req));
}

export async function setUp(office: Station, station: Station): Promise<void> {
  const setup = must(
    await buildSetupBundle(
      office.deps,
      office.acting,
      await office.state(),
      station.ws.station.departmentCode!,
    ),
  );
  must(await office.deps.repo.recordBundle(office.ws.id, { bundle: setup.record }, office.acting.actor));
  const inspection = must(await inspectSetup(station.deps, await station.state(), setup.bytes));
  must(
    await applySetupBundle(
      station.deps,
      station.acting,
      await station.state(),
      setup.bytes,
      inspection.kind === 'first' ? inspection.claimed : null,
    ),
  );
}

export async function threeStations(
  retask?: (tasks: TaskAssignment[]) => TaskAssignment[],
): Promise<{ office: Station; summary: Station; dept: Station }> {
  const office = await openStation('office', null, retask);
  const summary = await openStation('summary', 'XGC');
  const dept = await openStation('department', 'TW');
  must(await createStationKey(office.deps, office.acting));
  await register(office, summary, '学生工作处');
  await register(office, dept, '团委会');
  await setUp(office, summary);
  await setUp(office, dept);
  return { office, summary, dept };
}

export { must };
