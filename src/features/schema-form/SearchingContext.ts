import { createContext } from 'react';

/**
 * True while the form shows search results. A match its condition hides then shows as a note with the
 * setting that reveals it, instead of vanishing from a result list that counted it.
 */
export const SearchingContext = createContext(false);
