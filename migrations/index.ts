import { CoreSchema1764340000000 } from './1764340000000-CoreSchema.js';
import { SignInSupport1764400000000 } from './1764400000000-SignInSupport.js';
import { Notifications1764450000000 } from './1764450000000-Notifications.js';
import { IngestDefaults1764500000000 } from './1764500000000-IngestDefaults.js';
import { TriageQueue1764600000000 } from './1764600000000-TriageQueue.js';
import { TrendsRollup1764700000000 } from './1764700000000-TrendsRollup.js';
import { ClassifierModels1764800000000 } from './1764800000000-ClassifierModels.js';
import { QueueCategories1764900000000 } from './1764900000000-QueueCategories.js';
import { EscalationDigest1765000000000 } from './1765000000000-EscalationDigest.js';
import { TopTermsRollup1765100000000 } from './1765100000000-TopTermsRollup.js';
import { SignInThrottle1765210000000 } from './1765210000000-SignInThrottle.js';
import { MustChangePassword1765220000000 } from './1765220000000-MustChangePassword.js';
import { AuditKeyedChain1765230000000 } from './1765230000000-AuditKeyedChain.js';
import { ThreatCategory1765400000000 } from './1765400000000-ThreatCategory.js';
import { SecondLook1765500000000 } from './1765500000000-SecondLook.js';
import { MoreSourceKinds1765590000000 } from './1765590000000-MoreSourceKinds.js';
import { PlatformQuotaUsage1765610000000 } from './1765610000000-PlatformQuotaUsage.js';
import { PlatformSources1765620000000 } from './1765620000000-PlatformSources.js';
import { WatchQueryPlaces1765620000001 } from './1765620000001-WatchQueryPlaces.js';
import { ReportIntake1765700000000 } from './1765700000000-ReportIntake.js';
import { ReportContactHold1765700000001 } from './1765700000001-ReportContactHold.js';
import { DataProtection1765800000000 } from './1765800000000-DataProtection.js';
import { OwnAccounts1765900000000 } from './1765900000000-OwnAccounts.js';
import { AuthorDayRollup1766100000000 } from './1766100000000-AuthorDayRollup.js';
import { EscalationAcknowledgedAt1766100000001 } from './1766100000001-EscalationAcknowledgedAt.js';
import { DismissedStatus1766200000000 } from './1766200000000-DismissedStatus.js';
import { CaseClocks1766300000000 } from './1766300000000-CaseClocks.js';
import { AuditPruneAndTexts1766400000000 } from './1766400000000-AuditPruneAndTexts.js';
import { OwnedChannels1766500000000 } from './1766500000000-OwnedChannels.js';
import { Authors1766500000001 } from './1766500000001-Authors.js';
import { AuthorFlaggedTotals1766600000000 } from './1766600000000-AuthorFlaggedTotals.js';
import { PlatformTokens1766610000000 } from './1766610000000-PlatformTokens.js';
import { ClassifierModelWeights1766700000000 } from './1766700000000-ClassifierModelWeights.js';
import { RetiredCounts1766800000000 } from './1766800000000-RetiredCounts.js';
import { EvidenceWriteOnce1766800000001 } from './1766800000001-EvidenceWriteOnce.js';
import { PendingErasures1766800000002 } from './1766800000002-PendingErasures.js';

/** Every migration, in order. Listed explicitly so one list serves tsc output, ts-jest and the CLI. */
export const MIGRATIONS = [
  CoreSchema1764340000000,
  SignInSupport1764400000000,
  Notifications1764450000000,
  IngestDefaults1764500000000,
  TriageQueue1764600000000,
  TrendsRollup1764700000000,
  ClassifierModels1764800000000,
  QueueCategories1764900000000,
  EscalationDigest1765000000000,
  TopTermsRollup1765100000000,
  SignInThrottle1765210000000,
  MustChangePassword1765220000000,
  AuditKeyedChain1765230000000,
  ThreatCategory1765400000000,
  SecondLook1765500000000,
  MoreSourceKinds1765590000000,
  PlatformQuotaUsage1765610000000,
  PlatformSources1765620000000,
  WatchQueryPlaces1765620000001,
  ReportIntake1765700000000,
  ReportContactHold1765700000001,
  DataProtection1765800000000,
  OwnAccounts1765900000000,
  AuthorDayRollup1766100000000,
  EscalationAcknowledgedAt1766100000001,
  DismissedStatus1766200000000,
  CaseClocks1766300000000,
  AuditPruneAndTexts1766400000000,
  OwnedChannels1766500000000,
  Authors1766500000001,
  AuthorFlaggedTotals1766600000000,
  PlatformTokens1766610000000,
  ClassifierModelWeights1766700000000,
  RetiredCounts1766800000000,
  EvidenceWriteOnce1766800000001,
  PendingErasures1766800000002,
];
