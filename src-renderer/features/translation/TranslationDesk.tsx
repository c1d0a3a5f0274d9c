/**
 * The translation desk: a translation's segments side by side (source read-only, target typed),
 * with the active row's memory matches, glossary terms, QA findings and concordance beside them.
 * Keyboard first (deskKeys.ts); every edit autosaves as a draft within a second (segmentSaver.ts).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Segment, SegmentStatus, TranslationFinding, TranslationView } from '../../../src-preload/contract/translation.ts';
import { confirmedSegmentStatuses } from '../../../src-preload/contract/translation.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { useRegisterFlush } from '../../lib/flushRegistry.tsx';
import type { SaveState } from '../drafting/autosaveQueue.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { applySaved } from './applySaved.ts';
import { deskCommandForKey, type DeskCommand } from './deskKeys.ts';
import { DeskHeader } from './DeskHeader.tsx';
import { DeskSidePanel } from './DeskSidePanel.tsx';
import { insertAtCaret } from './insertAtCaret.ts';
import { nextMissingTerm } from './nextMissingTerm.ts';
import { filterSegments, isUnconfirmed, neighbourId, nextUnconfirmedId, segmentContext, type DeskFilter } from './segmentFilter.ts';
import { SegmentRow } from './SegmentRow.tsx';
import { SegmentSaver, type SegmentEdit } from './segmentSaver.ts';
import { translationKeys, translationViewQuery, useTmMatches, useTranslationQa } from './translationQueries.ts';
import { MtSuggestionPanel, readyEngines } from './MtSuggestionPanel.tsx';
import { suggestionFor, useMtSuggestion } from './useMtSuggestion.ts';
import { useMtSettings } from '../mt/mtQueries.ts';
import type { MtEngineId, MtSuggestion } from '../../../src-preload/contract/mt.ts';
import { openArticleInEditor } from './openTranslationDesk.ts';
import './translationDesk.css';

/** Quiet time after typing before the row is checked again. */
const qaDelayMs = 300;
/** Quiet time after moving to a row before its memory matches are looked up (holding Ctrl+Down skips rows). */
const matchDelayMs = 150;

export function TranslationDesk({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const view = useQuery(translationViewQuery(articleId));
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  // After pre-translation or an XLIFF import main changed many segments: load them again (the
  // notice says what happened, across the reload).
  const reload = useCallback(
    async (next: string) => {
      await client.refetchQueries({ queryKey: translationViewQuery(articleId).queryKey });
      await client.invalidateQueries({ queryKey: translationKeys.qa(articleId) });
      setNotice(next);
      setGeneration((g) => g + 1);
    },
    [client, articleId],
  );

  if (view.isPending) return <p className="muted page-pad">{t('app.loading')}</p>;
  if (view.isError) {
    const code = errorCodeOf(view.error);
    return (
      <div className="page-pad" data-testid="translation-desk-error">
        <p role="alert" className="error">{code === 'NOT_FOUND' ? t('desk.notFound') : t(`errors.${code}`)}</p>
      </div>
    );
  }
  return <LoadedDesk key={generation} view={view.data} onReload={reload} initialNotice={notice} />;
}

function LoadedDesk({ view, onReload, initialNotice }: { view: TranslationView; onReload: (notice: string) => Promise<void>; initialNotice: string | null }) {
  const { t } = useTranslation();
  const articleId = view.target.articleId;
  const sourceLang = view.source.lang;
  const targetLang = view.target.lang;
  const [segments, setSegments] = useState<Segment[]>(view.segments);
  const [filter, setFilter] = useState<DeskFilter>('all');
  const [activeId, setActiveId] = useState<string | null>((view.segments.find(isUnconfirmed) ?? view.segments.find((s) => !s.removedFromSource))?.id ?? null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<ErrorCode>();
  const [liveFindings, setLiveFindings] = useState<ReadonlyMap<string, TranslationFinding[]>>(new Map());
  const [notice, setNotice] = useState<string | null>(initialNotice);
  const targets = useRef(new Map<string, HTMLTextAreaElement>());
  // Key handlers read the latest rows, matches and filter through refs, so the memoised rows'
  // callbacks stay stable while typing.
  const segmentsRef = useRef(segments);
  useLayoutEffect(() => {
    segmentsRef.current = segments;
  }, [segments]);

  const [saver] = useState(
    () =>
      new SegmentSaver({
        articleId,
        send: (input) => call('updateSegment', input),
        onSaved: (result, pendingEdit) => setSegments((rows) => applySaved(rows, result, pendingEdit)),
        onState: (state, error) => {
          setSaveState(state);
          setSaveError(state === 'error' ? errorCodeOf(error) : undefined);
        },
      }),
  );
  const flush = useCallback(() => saver.flush(), [saver]);
  useRegisterFlush(flush);
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onBlur = () => void saver.flush();
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onHide);
      // Leaving the desk (or reloading it): save what is pending, then stop the timers.
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver]);

  // QA: the whole document once, then the row being typed in, live.
  const docQa = useTranslationQa(articleId);
  const findings = useMemo(() => {
    const map = new Map<string, TranslationFinding[]>();
    for (const f of docQa.data ?? []) if (f.segmentId) map.set(f.segmentId, [...(map.get(f.segmentId) ?? []), f]);
    for (const [id, list] of liveFindings) map.set(id, list);
    return map;
  }, [docQa.data, liveFindings]);
  const findingCounts = useMemo(() => new Map([...findings].map(([id, list]) => [id, list.length])), [findings]);

  const visible = useMemo(() => filterSegments(segments, filter, findingCounts), [segments, filter, findingCounts]);
  const active = useMemo(() => segments.find((s) => s.id === activeId) ?? null, [segments, activeId]);

  // Check the active row 300 ms after its text stops changing; an answer for older text is dropped.
  const activeTarget = active?.target;
  const activeSource = active?.source;
  useEffect(() => {
    if (activeId === null || activeSource === undefined || activeTarget === undefined) return;
    let stale = false;
    const timer = setTimeout(() => {
      const check = activeTarget.trim() === '' ? Promise.resolve([]) : call('checkSegment', { source: activeSource, target: activeTarget, sourceLang, targetLang });
      check
        .then((list) => {
          if (!stale) setLiveFindings((m) => new Map(m).set(activeId, list.map((f) => ({ ...f, segmentId: activeId }))));
        })
        .catch(() => undefined); // QA is advice: a failed check leaves the last findings shown
    }, qaDelayMs);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [activeId, activeSource, activeTarget, sourceLang, targetLang]);

  const [matchSource, setMatchSource] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setMatchSource(activeSource ?? null), matchDelayMs);
    return () => clearTimeout(timer);
  }, [activeSource]);
  const matches = useTmMatches(matchSource, activeId === null ? '' : segmentContext(segments, activeId), sourceLang, targetLang);
  const activeMatches = matchSource === activeSource ? matches.data : undefined;
  const matchesRef = useRef(activeMatches);
  useLayoutEffect(() => {
    matchesRef.current = activeMatches;
  }, [activeMatches]);

  const edit = useCallback(
    (id: string, change: SegmentEdit) => {
      setSegments((rows) =>
        rows.map((s) =>
          s.id === id
            ? { ...s, target: change.target, status: change.status, ...(change.origin ? { origin: change.origin } : {}), ...(change.mtEngine !== undefined ? { mtEngine: change.mtEngine } : {}) }
            : s,
        ),
      );
      saver.edit(id, change);
    },
    [saver],
  );

  const focusRow = useCallback((id: string | null) => {
    if (id === null) return;
    setActiveId(id);
    const box = targets.current.get(id);
    if (box) {
      box.focus();
      box.scrollIntoView({ block: 'nearest' });
    }
  }, []);

  // Opening the desk puts the cursor where work is waiting: the first unconfirmed segment.
  const [firstActive] = useState(activeId);
  useEffect(() => {
    if (firstActive !== null) targets.current.get(firstActive)?.focus();
  }, [firstActive]);

  const visibleRef = useRef(visible);
  useLayoutEffect(() => {
    visibleRef.current = visible;
  }, [visible]);

  // Where the caret goes once an inserted text is on screen. Placed in a layout effect, before the
  // next key is handled: a later placement (a frame later) would move it back while the translator types on.
  const caretAfterRender = useRef<{ id: string; at: number } | null>(null);
  useLayoutEffect(() => {
    const caret = caretAfterRender.current;
    if (!caret) return;
    caretAfterRender.current = null;
    const box = targets.current.get(caret.id);
    if (box) {
      box.focus();
      box.setSelectionRange(caret.at, caret.at);
    }
  }, [segments]);

  /** Replaces a row's whole target (a memory match, the source copied) and keeps typing at its end. */
  const replaceTarget = useCallback(
    (segment: Segment, target: string, change: Omit<SegmentEdit, 'target' | 'status'>) => {
      caretAfterRender.current = { id: segment.id, at: target.length };
      edit(segment.id, { target, status: 'draft', ...change });
    },
    [edit],
  );

  const insertTerm = useCallback(
    (segment: Segment, translation: string) => {
      const box = targets.current.get(segment.id);
      const start = box?.selectionStart ?? segment.target.length;
      const end = box?.selectionEnd ?? segment.target.length;
      const next = insertAtCaret(segment.target, start, end, translation);
      caretAfterRender.current = { id: segment.id, at: next.caret };
      edit(segment.id, { target: next.value, status: 'draft', origin: 'human', matchScore: null });
    },
    [edit],
  );

  // Machine translation: the engine picked in the panel (else the Settings default, if ready).
  const mtSettings = useMtSettings();
  const [pickedEngine, setPickedEngine] = useState<MtEngineId | null>(null);
  const mtReady = readyEngines(mtSettings.data?.engines, sourceLang, targetLang);
  const mtEngine: MtEngineId | null =
    mtReady.find((e) => e.id === pickedEngine)?.id ?? mtReady.find((e) => e.id === mtSettings.data?.defaultEngine)?.id ?? mtReady[0]?.id ?? null;
  const mt = useMtSuggestion(articleId);
  const mtShown = suggestionFor(mt.state, active);
  const mtRef = useRef({ engine: mtEngine, state: mt.state, request: mt.request });
  useLayoutEffect(() => {
    mtRef.current = { engine: mtEngine, state: mt.state, request: mt.request };
  }, [mtEngine, mt.state, mt.request]);

  const insertMt = useCallback(
    (segmentId: string, suggestion: MtSuggestion) => {
      const segment = segmentsRef.current.find((s) => s.id === segmentId);
      if (segment) replaceTarget(segment, suggestion.target, { origin: 'mt', matchScore: null, mtEngine: suggestion.engine });
    },
    [replaceTarget],
  );

  /** Ctrl+M: put the shown suggestion in; with none shown, ask for one and put it in an empty row when it comes. */
  const machineTranslate = useCallback(
    (segment: Segment) => {
      const { engine, state, request } = mtRef.current;
      const shown = suggestionFor(state, segment);
      if (shown?.status === 'done') return insertMt(segment.id, shown.suggestion);
      if (engine === null) return setNotice(t('desk.mt.noneReady', { from: t(`lang.${sourceLang}`), to: t(`lang.${targetLang}`) }));
      void request(segment, engine).then((suggestion) => {
        const now = segmentsRef.current.find((s) => s.id === segment.id);
        // Never over text the translator typed meanwhile: then the suggestion just stays shown.
        if (suggestion && now && now.target.trim() === '' && now.source === segment.source) insertMt(segment.id, suggestion);
      });
    },
    [insertMt, sourceLang, targetLang, t],
  );

  const confirm = useCallback(
    (segment: Segment) => {
      // An empty target is not a translation: confirming it would count it done and store nothing.
      if (segment.target.trim() === '') {
        setNotice(t('desk.emptyConfirm'));
        return;
      }
      // Confirming a reviewed or approved row keeps its status: Ctrl+Enter never demotes.
      const status: SegmentStatus = confirmedSegmentStatuses.includes(segment.status) ? segment.status : 'translated';
      edit(segment.id, { target: segment.target, status });
      void saver.flush();
      const next = nextUnconfirmedId(
        visibleRef.current.map((s) => (s.id === segment.id ? { ...s, status } : s)),
        segment.id,
      );
      if (next === null) setNotice(t('desk.allConfirmed'));
      else focusRow(next);
    },
    [edit, saver, focusRow, t],
  );

  const runCommand = useCallback(
    (segment: Segment, command: DeskCommand, box: HTMLTextAreaElement) => {
      switch (command.type) {
        case 'confirm':
          confirm(segment);
          return;
        case 'move':
          focusRow(neighbourId(visibleRef.current, segment.id, command.direction));
          return;
        case 'insertMatch': {
          const match = matchesRef.current?.[command.n - 1];
          if (match) replaceTarget(segment, match.target, { origin: 'tm', matchScore: match.score });
          return;
        }
        case 'copySource':
          replaceTarget(segment, segment.source, { origin: 'source-copy', matchScore: null });
          return;
        case 'insertTerm': {
          const hit = command.n === null ? nextMissingTerm(segment.glossary, segment.target) : segment.glossary[command.n - 1];
          if (hit) insertTerm(segment, hit.translation);
          return;
        }
        case 'machineTranslate':
          machineTranslate(segment);
          return;
        case 'leave':
          box.blur();
          box.closest<HTMLElement>('[data-segment-row]')?.focus();
          return;
      }
    },
    [confirm, focusRow, replaceTarget, insertTerm, machineTranslate],
  );

  const onTargetKeyDown = useCallback(
    (id: string, e: React.KeyboardEvent<HTMLTextAreaElement>) => {
      const command = deskCommandForKey(e);
      const segment = segmentsRef.current.find((s) => s.id === id);
      if (!command || !segment) return;
      e.preventDefault();
      runCommand(segment, command, e.currentTarget);
    },
    [runCommand],
  );

  const onTargetChange = useCallback(
    (id: string, target: string) => {
      setNotice(null);
      edit(id, { target, status: 'draft', origin: 'human', matchScore: null });
    },
    [edit],
  );

  const onStatusChange = useCallback(
    (id: string, status: SegmentStatus) => {
      const segment = segmentsRef.current.find((s) => s.id === id);
      if (!segment) return;
      edit(id, { target: segment.target, status });
      void saver.flush();
    },
    [edit, saver],
  );

  const registerTarget = useCallback((id: string, box: HTMLTextAreaElement | null) => {
    if (box) targets.current.set(id, box);
    else targets.current.delete(id);
  }, []);

  // Leaving a row saves it straight away rather than waiting for the timer.
  const activeIdRef = useRef(activeId);
  useEffect(() => {
    activeIdRef.current = activeId;
  }, [activeId]);
  const onTargetFocus = useCallback(
    (id: string) => {
      if (activeIdRef.current !== id) void saver.flush();
      activeIdRef.current = id;
      setActiveId(id);
    },
    [saver],
  );

  const reloadAfterSave = useCallback(
    async (next: string) => {
      await saver.flush();
      await onReload(next);
    },
    [saver, onReload],
  );

  return (
    <section className="desk" aria-label={t('desk.title', { title: view.target.title || t('library.untitled') })} data-testid="translation-desk">
      <DeskHeader
        view={view}
        segments={segments}
        filter={filter}
        onFilter={setFilter}
        saveState={saveState}
        saveError={saveError}
        onRetrySave={() => void saver.flush()}
        flush={flush}
        onReload={reloadAfterSave}
        onOpenArticle={openArticleInEditor}
      />
      {notice ? (
        <p role="status" className="desk__notice" data-testid="desk-notice">
          {notice}
        </p>
      ) : null}
      <div className="desk__body">
        <div className="desk__rows" role="list" aria-label={t('desk.segments')} data-testid="desk-rows">
          {visible.length === 0 ? <p className="muted page-pad">{t('desk.noRows')}</p> : null}
          {visible.map((segment) => (
            <SegmentRow
              key={segment.id}
              segment={segment}
              active={segment.id === activeId}
              findingCount={findingCounts.get(segment.id) ?? 0}
              sourceLang={sourceLang}
              targetLang={targetLang}
              onChange={onTargetChange}
              onKeyDown={onTargetKeyDown}
              onFocus={onTargetFocus}
              onStatus={onStatusChange}
              registerTarget={registerTarget}
            />
          ))}
        </div>
        <DeskSidePanel
          segment={active}
          sourceLang={sourceLang}
          targetLang={targetLang}
          matches={activeMatches}
          matchesLoading={matches.isFetching}
          matchesError={matches.isError ? errorCodeOf(matches.error) : null}
          findings={active ? (findings.get(active.id) ?? []) : []}
          onInsertMatch={(match) => active && replaceTarget(active, match.target, { origin: 'tm', matchScore: match.score })}
          onInsertTerm={(hit) => active && insertTerm(active, hit.translation)}
          machineTranslation={
            <MtSuggestionPanel
              segment={active}
              sourceLang={sourceLang}
              targetLang={targetLang}
              engines={mtSettings.data?.engines}
              engine={mtEngine}
              onEngine={setPickedEngine}
              state={mtShown}
              onRequest={() => active && mtEngine && void mt.request(active, mtEngine)}
              onInsert={(suggestion) => active && insertMt(active.id, suggestion)}
            />
          }
        />
      </div>
    </section>
  );
}
