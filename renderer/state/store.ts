import { create } from 'zustand';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

/** The renderer's state: a snapshot of the open map (the file is the truth) plus UI state. */
export type AppStore = SessionSlice & UiSlice;

export const useAppStore = create<AppStore>()((...args) => ({
  ...createSessionSlice(...args),
  ...createUiSlice(...args),
}));
