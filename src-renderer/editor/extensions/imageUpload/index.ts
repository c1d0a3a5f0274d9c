export { ImageUpload, imageUploadKey, insertImage, insertImageFiles, type ImageUploadOptions, type ImageUploadStorage, type UploadedImage } from './extension.ts';
