import { ensurePrismaClient } from './prisma-client';

/** jest globalSetup: the Prisma client the N+1 tests use is generated once, before the workers start. */
export default function globalSetup(): void {
  ensurePrismaClient();
}
