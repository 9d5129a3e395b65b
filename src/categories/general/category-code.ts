/** Code stored with the general field set (its own module: the plug-in and its resolver both need it). */
export const GENERAL_CATEGORY = 'general';
