import type { ToolMessages } from './en';
import { answerRu } from './answer.ru';
import { editorRu } from './editor.ru';
import { routeRu } from './route.ru';
import { storyRu } from './story.ru';
import { yearsRu } from './years.ru';

export const toolsRu: ToolMessages = { ...storyRu, ...editorRu, ...routeRu, ...answerRu, ...yearsRu };
