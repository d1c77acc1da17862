/**
 * A case's photos: upload (PNG/JPEG/GIF/WebP, each within the chapter image limit, at most six — the
 * limits a chapter bundle holds them to, docs/SECURITY.md), shown as thumbnails that can be removed.
 */
import { Button, Image, Space, Typography, Upload, message } from 'antd';
import { MAX_CASE_PHOTOS } from '../../../../shared/report-workflow/case-library';
import { CHAPTER_IMAGE_LIMITS } from '../../../../shared/report-workflow/chapter-images';
import { readImageFile } from './image-file';
import { T } from '../texts';

export const CASE_PHOTO_TYPES = 'image/png,image/jpeg,image/gif,image/webp';

export function CasePhotoField({
  photos,
  onChange,
}: {
  photos: readonly string[];
  onChange(next: string[]): void;
}) {
  const maxMb = CHAPTER_IMAGE_LIMITS.maxImageBytes / 1024 / 1024;
  const add = async (file: Blob) => {
    const r = await readImageFile(file, CHAPTER_IMAGE_LIMITS.maxImageBytes);
    if (!r.ok) return void message.error(r.message);
    onChange([...photos, r.src]);
  };
  const full = photos.length >= MAX_CASE_PHOTOS;
  return (
    <Space direction="vertical" size={4} data-testid="case-photos">
      <Space wrap size={8}>
        {photos.map((p, i) => (
          <Space key={i} direction="vertical" size={0} align="center">
            <Image src={p} height={64} alt={`${T.caseBlock.photos} ${i + 1}`} />
            <Button
              size="small"
              type="link"
              onClick={() => onChange(photos.filter((_, j) => j !== i))}
              aria-label={T.caseBlock.removePhoto(i + 1)}
            >
              {T.caseBlock.remove}
            </Button>
          </Space>
        ))}
      </Space>
      <Upload
        accept={CASE_PHOTO_TYPES}
        showUploadList={false}
        disabled={full}
        beforeUpload={(file) => {
          if (photos.length >= MAX_CASE_PHOTOS) message.error(T.caseBlock.tooMany(MAX_CASE_PHOTOS));
          else void add(file);
          return false;
        }}
      >
        <Button size="small" disabled={full} data-testid="case-photo-upload">
          {T.caseBlock.upload(photos.length)}
        </Button>
      </Upload>
      <Typography.Text type="secondary">{T.caseBlock.photoLimits(maxMb, MAX_CASE_PHOTOS)}</Typography.Text>
    </Space>
  );
}
