// The strings of the tools the first view does not show: the route planner and its answers, the stories and their
// editor, the year player. They load with the tools' code (i18n/index.ts, app/lazy-parts.tsx).
import { answerEn } from './answer.en';
import { editorEn } from './editor.en';
import { routeEn } from './route.en';
import { storyEn } from './story.en';
import { yearsEn } from './years.en';

export const toolsEn = { ...storyEn, ...editorEn, ...routeEn, ...answerEn, ...yearsEn } as const;
