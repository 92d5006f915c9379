import type { ToolMessages } from './en';
import { answerZh } from './answer.zh';
import { editorZh } from './editor.zh';
import { routeZh } from './route.zh';
import { storyZh } from './story.zh';
import { yearsZh } from './years.zh';

export const toolsZh: ToolMessages = { ...storyZh, ...editorZh, ...routeZh, ...answerZh, ...yearsZh };
