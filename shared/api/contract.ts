import { z } from 'zod';
import {
  ImportDiscardSchema,
  ImportFilesSchema,
  ImportJobIdSchema,
  ImportJobStatusSchema,
  ImportStartSchema,
  ImportUploadSchema,
  ImportSummarySchema,
  MentionSummarySchema,
  JourneyDraftSchema,
  JourneyPatchSchema,
  JourneySchema,
  PlacementDraftSchema,
  PlacementPatchSchema,
  rowId,
  StageDraftSchema,
  StagePatchSchema,
  TouchpointDraftSchema,
  TrailStepsSchema,
  ReportJobStatusSchema,
  ReportOptionsSchema,
  ReportOutlineSchema,
  SlideDraftSchema,
  SlideIdSchema,
  SlidePatchSchema,
  SlideSchema,
  StoryDraftSchema,
  StoryIdSchema,
  StoryPatchSchema,
  StorySchema,
  LocaleSchema,
} from '../domain/schemas';
import { LIMITS } from '../domain/limits';
import { DATA_FORMATS } from '../io/exportModel';
import {
  AccountDraftSchema,
  AccountIdSchema,
  AccountPatchSchema,
  AccountSchema,
  ActorTableRowSchema,
  CampaignDraftSchema,
  CampaignIdSchema,
  CampaignPatchSchema,
  CampaignSchema,
  CommunityDraftSchema,
  CommunityIdSchema,
  CommunityPatchSchema,
  CommunitySchema,
  idList,
  InteractionDraftSchema,
  InteractionIdSchema,
  InteractionPatchSchema,
  InteractionSchema,
  JourneyLanesSchema,
  MapSettingsPatchSchema,
  PositionSchema,
  SavedViewSchema,
  SavedViewWithPositionsSchema,
  ViewDraftSchema,
  ViewIdSchema,
  ViewPatchSchema,
  VIEW_LAYOUTS,
  MapSettingsSchema,
  PurchasingRowSchema,
  ShareSchema,
  StanceSchema,
  TagSchema,
  ActorDraftSchema,
  ActorIdSchema,
  ActorPatchSchema,
  ActorSchema,
  ActorSummarySchema,
  CompactGraphSchema,
  DetectionRunSchema,
  DetectionSaveSchema,
  HistoryStateSchema,
  MapInfoSchema,
  MapPathSchema,
  NameSchema,
  RecentMapSchema,
  RelationDraftSchema,
  RelationIdSchema,
  RelationPatchSchema,
  RelationSchema,
  TopicDraftSchema,
  TopicIdSchema,
  TopicPatchSchema,
  TopicSchema,
} from '../domain/schemas';
import type { ApiMethod } from './methods';

/**
 * The API contract: one table of methods, each with its zod input and output schema and whether
 * it changes the map. Both transports (Electron IPC, loopback HTTP) and the CLI serve this one
 * table; the service in db/ must implement every entry (its handler map is typed from it).
 *
 * A method that `mutates` runs as one transaction and one entry of the change journal, so that
 * undo and redo can replay it.
 */
type MethodSpec = { input: z.ZodType; output: z.ZodType; mutates: boolean };

const none = z.strictObject({});
const byActorId = z.strictObject({ id: ActorIdSchema });
const byRelationId = z.strictObject({ id: RelationIdSchema });
const byTopicId = z.strictObject({ id: TopicIdSchema });
const deleted = z.object({ deleted: z.literal(true) });
const created = z.object({ id: rowId });
const updated = z.object({ updated: z.literal(true) });
const byRowId = z.strictObject({ id: rowId });
const counted = z.object({ count: z.number().int() });
const byCommunityId = z.strictObject({ id: CommunityIdSchema });
const byAccountId = z.strictObject({ id: AccountIdSchema });
const byInteractionId = z.strictObject({ id: InteractionIdSchema });
const byCampaignId = z.strictObject({ id: CampaignIdSchema });
/** `best` (each actor's best topic) or `topic:<id>`: see shared/analytics/storedAnalysis.ts. */
const AnalysisScopeSchema = z.string().regex(/^(best|topic:[1-9][0-9]{0,15})$/);
const members = z.strictObject({ id: CommunityIdSchema, actorIds: idList(ActorIdSchema) });
const mapPath = z.strictObject({ path: MapPathSchema });

export const AppInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  /** Whether the host can show a native file dialog (the desktop app can, a browser cannot). */
  canPickFiles: z.boolean(),
  /** Folder where new maps go by default, so a browser-mode user can type a file name only. */
  defaultMapFolder: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const HistoryEntrySchema = z.object({
  id: z.number().int(),
  label: z.string(),
  createdAt: z.string(),
  state: z.enum(['done', 'undone']),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const API = {
  'app:info': { input: none, output: AppInfoSchema, mutates: false },
  'recent:list': { input: none, output: z.array(RecentMapSchema), mutates: false },
  'recent:forget': { input: mapPath, output: z.array(RecentMapSchema), mutates: false },
  'map:pick': {
    input: z.strictObject({ mode: z.enum(['open', 'create']) }),
    output: z.object({ path: z.string().nullable() }),
    mutates: false,
  },
  'map:create': {
    input: z.strictObject({ path: MapPathSchema, name: NameSchema.optional() }),
    output: MapInfoSchema,
    mutates: false,
  },
  'map:open': {
    input: z.strictObject({
      path: MapPathSchema,
      /** The user's answer to FOREIGN_JOURNAL: move the journal aside and open the map as it is. */
      setJournalAside: z.literal(true).optional(),
    }),
    output: MapInfoSchema,
    mutates: false,
  },
  'map:open-demo': { input: none, output: MapInfoSchema, mutates: false },
  'map:info': { input: none, output: MapInfoSchema.nullable(), mutates: false },
  'map:close': { input: none, output: z.object({ closed: z.boolean() }), mutates: false },
  'graph:get': { input: none, output: CompactGraphSchema, mutates: false },
  'actor:list': { input: none, output: z.array(ActorSummarySchema), mutates: false },
  'actor:get': { input: byActorId, output: ActorSchema, mutates: false },
  'actor:create': { input: ActorDraftSchema, output: ActorSchema, mutates: true },
  'actor:update': {
    input: z.strictObject({ id: ActorIdSchema, patch: ActorPatchSchema }),
    output: ActorSchema,
    mutates: true,
  },
  'actor:delete': { input: byActorId, output: deleted, mutates: true },
  'actor:table': { input: none, output: z.array(ActorTableRowSchema), mutates: false },
  'actor:bulk-update': {
    input: z
      .strictObject({
        ids: idList(ActorIdSchema),
        stance: StanceSchema.optional(),
        addTags: z.array(TagSchema).max(100).optional(),
        removeTags: z.array(TagSchema).max(100).optional(),
      })
      .refine((c) => c.stance !== undefined || c.addTags?.length || c.removeTags?.length, {
        message: 'Nothing to change',
      }),
    output: counted,
    mutates: true,
  },
  'actor:bulk-delete': {
    input: z.strictObject({ ids: idList(ActorIdSchema) }),
    output: counted,
    mutates: true,
  },
  'account:create': { input: AccountDraftSchema, output: AccountSchema, mutates: true },
  'account:update': {
    input: z.strictObject({ id: AccountIdSchema, patch: AccountPatchSchema }),
    output: AccountSchema,
    mutates: true,
  },
  'account:delete': { input: byAccountId, output: deleted, mutates: true },
  'relevance:set': {
    input: z.strictObject({
      actorId: ActorIdSchema,
      topicId: TopicIdSchema,
      relevance: ShareSchema.nullable(),
    }),
    output: z.object({ relevance: z.number().nullable() }),
    mutates: true,
  },
  'relation:get': { input: byRelationId, output: RelationSchema, mutates: false },
  'relation:create': { input: RelationDraftSchema, output: RelationSchema, mutates: true },
  'relation:update': {
    input: z.strictObject({ id: RelationIdSchema, patch: RelationPatchSchema }),
    output: RelationSchema,
    mutates: true,
  },
  'relation:delete': { input: byRelationId, output: deleted, mutates: true },
  'topic:create': { input: TopicDraftSchema, output: TopicSchema, mutates: true },
  'topic:update': {
    input: z.strictObject({ id: TopicIdSchema, patch: TopicPatchSchema }),
    output: TopicSchema,
    mutates: true,
  },
  'topic:delete': { input: byTopicId, output: deleted, mutates: true },
  'topic:merge': {
    input: z.strictObject({ sourceIds: idList(TopicIdSchema), targetId: TopicIdSchema }),
    output: TopicSchema,
    mutates: true,
  },
  'community:list': { input: none, output: z.array(CommunitySchema), mutates: false },
  'community:create': { input: CommunityDraftSchema, output: CommunitySchema, mutates: true },
  'community:update': {
    input: z.strictObject({ id: CommunityIdSchema, patch: CommunityPatchSchema }),
    output: CommunitySchema,
    mutates: true,
  },
  'community:delete': { input: byCommunityId, output: deleted, mutates: true },
  'community:merge': {
    input: z.strictObject({ sourceIds: idList(CommunityIdSchema), targetId: CommunityIdSchema }),
    output: CommunitySchema,
    mutates: true,
  },
  'community:add-members': { input: members, output: counted, mutates: true },
  'community:remove-members': { input: members, output: counted, mutates: true },
  'community:save-detection': {
    input: DetectionSaveSchema,
    output: z.object({ runId: z.number().int(), communityIds: z.array(CommunityIdSchema) }),
    mutates: true,
  },
  'detection:list': { input: none, output: z.array(DetectionRunSchema), mutates: false },
  'detection:accept': {
    input: z.strictObject({ id: z.number().int().positive() }),
    output: z.object({ accepted: z.literal(true) }),
    mutates: true,
  },
  'detection:discard': {
    input: z.strictObject({ id: z.number().int().positive() }),
    output: deleted,
    mutates: true,
  },
  /** Analyses kept in the map: derived data, written outside the journal (nothing to undo). */
  'analysis:get': {
    input: z.strictObject({ scope: AnalysisScopeSchema }),
    output: z
      .object({
        scope: z.string(),
        fingerprint: z.string(),
        computedAt: z.string(),
        payload: z.string(),
      })
      .nullable(),
    mutates: false,
  },
  'analysis:put': {
    input: z.strictObject({
      scope: AnalysisScopeSchema,
      fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
      payload: z.string().max(LIMITS.analysisPayload),
    }),
    output: z.object({ stored: z.literal(true) }),
    mutates: false,
  },
  'interaction:list': {
    input: z.strictObject({ actorId: ActorIdSchema }),
    output: z.array(InteractionSchema),
    mutates: false,
  },
  'interaction:create': { input: InteractionDraftSchema, output: InteractionSchema, mutates: true },
  'interaction:update': {
    input: z.strictObject({ id: InteractionIdSchema, patch: InteractionPatchSchema }),
    output: InteractionSchema,
    mutates: true,
  },
  'interaction:delete': { input: byInteractionId, output: deleted, mutates: true },
  'campaign:list': { input: none, output: z.array(CampaignSchema), mutates: false },
  'campaign:create': { input: CampaignDraftSchema, output: CampaignSchema, mutates: true },
  'campaign:update': {
    input: z.strictObject({ id: CampaignIdSchema, patch: CampaignPatchSchema }),
    output: CampaignSchema,
    mutates: true,
  },
  'campaign:delete': { input: byCampaignId, output: deleted, mutates: true },
  'purchasing:report': { input: none, output: z.array(PurchasingRowSchema), mutates: false },
  'settings:update': { input: MapSettingsPatchSchema, output: MapSettingsSchema, mutates: true },
  'story:list': { input: none, output: z.array(StorySchema), mutates: false },
  'story:create': { input: StoryDraftSchema, output: StorySchema, mutates: true },
  'story:update': {
    input: z.strictObject({ id: StoryIdSchema, patch: StoryPatchSchema }),
    output: StorySchema,
    mutates: true,
  },
  'story:delete': { input: z.strictObject({ id: StoryIdSchema }), output: deleted, mutates: true },
  'slide:create': { input: SlideDraftSchema, output: SlideSchema, mutates: true },
  'slide:update': {
    input: z.strictObject({ id: SlideIdSchema, patch: SlidePatchSchema }),
    output: SlideSchema,
    mutates: true,
  },
  /** Moves a slide to `position` (0-based) in its story; the others keep their order. */
  'slide:move': {
    input: z.strictObject({ id: SlideIdSchema, position: z.number().int().min(0).max(1_000) }),
    output: updated,
    mutates: true,
  },
  'slide:delete': { input: z.strictObject({ id: SlideIdSchema }), output: deleted, mutates: true },
  /** A slide's picture as an SVG document, drawn by the code that draws the report's pages. */
  'slide:render': {
    input: z.strictObject({ id: SlideIdSchema, locale: LocaleSchema }),
    output: z.object({ svg: z.string(), width: z.number(), height: z.number() }),
    mutates: false,
  },
  /** The report's sections in order, which the map can fill, and the cover it would print. */
  'report:outline': {
    input: z.strictObject({ locale: LocaleSchema }),
    output: ReportOutlineSchema,
    mutates: false,
  },
  /** Starts writing the report (PDF) as a job that reports its progress and can be cancelled. */
  'report:start': {
    input: ReportOptionsSchema,
    output: z.object({ job: z.string() }),
    mutates: false,
  },
  'report:progress': {
    input: z.strictObject({ job: z.string().min(1).max(40) }),
    output: ReportJobStatusSchema,
    mutates: false,
  },
  'report:cancel': {
    input: z.strictObject({ job: z.string().min(1).max(40) }),
    output: z.object({ cancelled: z.boolean() }),
    mutates: false,
  },
  /** The finished report's bytes and a file name for it; the job is forgotten afterwards. */
  'report:result': {
    input: z.strictObject({ job: z.string().min(1).max(40) }),
    output: z.object({ base64: z.string(), fileName: z.string() }),
    mutates: false,
  },
  'history:list': {
    input: z.strictObject({ limit: z.number().int().min(1).max(1_000).optional() }),
    output: z.array(HistoryEntrySchema),
    mutates: false,
  },
  'history:undo': { input: none, output: HistoryStateSchema, mutates: false },
  'history:redo': { input: none, output: HistoryStateSchema, mutates: false },
  'view:list': { input: none, output: z.array(SavedViewSchema), mutates: false },
  'view:get': {
    input: z.strictObject({ id: ViewIdSchema }),
    output: SavedViewWithPositionsSchema,
    mutates: false,
  },
  'view:create': { input: ViewDraftSchema, output: SavedViewSchema, mutates: true },
  'view:update': {
    input: z.strictObject({ id: ViewIdSchema, patch: ViewPatchSchema }),
    output: SavedViewSchema,
    mutates: true,
  },
  'view:delete': { input: z.strictObject({ id: ViewIdSchema }), output: deleted, mutates: true },
  /** Positions the user dragged or a layout produced; an undo moves the actors back. */
  'view:save-positions': {
    input: z.strictObject({
      id: ViewIdSchema,
      positions: z.array(PositionSchema).max(200_000),
      /** Set when the positions come from running a layout, recorded in the same action. */
      layout: z.enum(VIEW_LAYOUTS).optional(),
    }),
    output: counted,
    mutates: true,
  },
  /** Saves an export the page drew (SVG or PNG) where the user picks, written atomically. */
  'export:save': {
    input: z.strictObject({
      fileName: z.string().regex(/^[^/\\\0]{1,200}\.(svg|png|pdf|gexf|graphml|json|xlsx|csv)$/i),
      base64: z
        .string()
        .max(70_000_000)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/),
    }),
    output: z.object({ path: z.string().nullable() }),
    mutates: false,
  },
  /** Share of voice and sentiment by topic and ISO week (shared/analytics/shareOfVoice.ts). */
  'mention:summary': {
    input: none,
    output: MentionSummarySchema,
    mutates: false,
  },
  /** The map as a data file (GEXF, GraphML, JSON, XLSX, or one of the two CSV tables). */
  'export:data': {
    input: z.strictObject({ format: z.enum(DATA_FORMATS) }),
    output: z.object({ base64: z.string() }),
    mutates: false,
  },
  'journey:lanes': { input: none, output: JourneyLanesSchema, mutates: false },
  'journey:list': { input: none, output: z.array(JourneySchema), mutates: false },
  'journey:create': { input: JourneyDraftSchema, output: created, mutates: true },
  'journey:update': {
    input: z.strictObject({ id: rowId, patch: JourneyPatchSchema }),
    output: updated,
    mutates: true,
  },
  'journey:delete': { input: byRowId, output: deleted, mutates: true },
  'stage:create': { input: StageDraftSchema, output: created, mutates: true },
  'stage:update': {
    input: z.strictObject({ id: rowId, patch: StagePatchSchema }),
    output: updated,
    mutates: true,
  },
  /** Moves a stage to `position` (0-based) in its loop; the others keep their order. */
  'stage:move': {
    input: z.strictObject({ id: rowId, position: z.number().int().min(0).max(1_000) }),
    output: updated,
    mutates: true,
  },
  'stage:delete': { input: byRowId, output: deleted, mutates: true },
  'touchpoint:create': { input: TouchpointDraftSchema, output: created, mutates: true },
  'touchpoint:delete': { input: byRowId, output: deleted, mutates: true },
  /** Places an actor or a community at a stage (or touchpoint); placing it again updates it. */
  'placement:set': { input: PlacementDraftSchema, output: created, mutates: true },
  'placement:update': {
    input: z.strictObject({ id: rowId, patch: PlacementPatchSchema }),
    output: updated,
    mutates: true,
  },
  'placement:delete': { input: byRowId, output: deleted, mutates: true },
  'trail:steps': { input: none, output: TrailStepsSchema, mutates: false },
  /** What importing these files would do (nothing is written), or the first error in them. */
  'import:preview': { input: ImportFilesSchema, output: ImportSummarySchema, mutates: false },
  /**
   * Imports the files as one undoable action: all or nothing. `mutates: false` because the
   * import reads its files asynchronously, then records its own journal entry.
   */
  'import:apply': { input: ImportFilesSchema, output: ImportSummarySchema, mutates: false },
  /** Adds a piece (4 MB at most) of a file to import to an upload kept in memory, or begins one. */
  'import:upload': {
    input: ImportUploadSchema,
    output: z.object({ upload: z.string(), bytes: z.number() }),
    mutates: false,
  },
  /**
   * Starts importing uploaded files (or previewing: always rolled back) as a job that reports
   * its progress; while it runs, the map refuses other calls. One undoable action, all or nothing.
   */
  'import:start': { input: ImportStartSchema, output: ImportJobIdSchema, mutates: false },
  'import:progress': { input: ImportJobIdSchema, output: ImportJobStatusSchema, mutates: false },
  /** Stops a running import: nothing it wrote is kept. */
  'import:cancel': {
    input: ImportJobIdSchema,
    output: z.object({ cancelled: z.boolean() }),
    mutates: false,
  },
  /** Forgets uploads (the dialog closed): their bytes leave memory. */
  'import:discard': {
    input: ImportDiscardSchema,
    output: z.object({ discarded: z.number() }),
    mutates: false,
  },
} as const satisfies Record<ApiMethod, MethodSpec>;

export type ApiInput<M extends ApiMethod> = z.input<(typeof API)[M]['input']>;
/** The input after validation (defaults applied, strings trimmed, ids branded). */
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof API)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<(typeof API)[M]['output']>;

/** What a service implements: one function per method, sync or async. */
export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};
