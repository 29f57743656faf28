import { Injectable } from '@nestjs/common';
import { ROLES, type SystemHealth } from '@ou-listening/shared';
import { ClassifierService } from '../classify/classifier.service.js';
import { Clock } from '../common/clock.js';
import { SourcesService } from '../sources/sources.service.js';
import { UsersService } from '../users/users.service.js';

/** The admin's landing page: sources' last runs, the classifier in use, and who can sign in. */
@Injectable()
export class SystemHealthService {
  constructor(
    private readonly sources: SourcesService,
    private readonly classifier: ClassifierService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async describe(database: SystemHealth['database']): Promise<SystemHealth> {
    const [sources, users] = await Promise.all([this.sources.list(), this.users.list()]);
    const model = this.classifier.describe();
    const byRole = Object.fromEntries(ROLES.map((role) => [role, 0])) as SystemHealth['users']['byRole'];
    for (const user of users) if (!user.disabledAt) byRole[user.role] += 1;
    return {
      checkedAt: this.clock.now().toISOString(),
      database,
      sources: sources.map(({ id, name, kind, enabled, health }) => ({ id, name, kind, enabled, health })),
      classifier: {
        modelVersion: model.modelVersion,
        trainedAt: model.trainedAt,
        macroF1: model.macroF1,
        falseAlarmRate: model.falseAlarmRate,
      },
      users: {
        total: users.length,
        enabled: users.filter((u) => !u.disabledAt).length,
        mustChangePassword: users.filter((u) => !u.disabledAt && u.mustChangePassword).length,
        byRole,
      },
    };
  }
}
