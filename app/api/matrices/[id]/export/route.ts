// GET /api/matrices/:id/export?format=json|csv: the saved matrix as a download (server/export/export-matrix.ts).
import {
  MATRIX_EXPORT_FORMATS,
  exportMatrix,
  isMatrixExportFormat,
} from '../../../../../server/export/export-matrix.ts';
import { handle, type RouteContext } from '../../../../../server/http/api-response.ts';
import { ApiError } from '../../../../../server/http/api-error.ts';
import { findMatrix } from '../../../../../server/http/find-matrix.ts';

export async function GET(request: Request, { params }: RouteContext<{ id: string }>): Promise<Response> {
  return handle(async () => {
    const format = new URL(request.url).searchParams.get('format') ?? 'json';
    if (!isMatrixExportFormat(format))
      throw new ApiError(400, 'The request is not valid.', [
        `format: must be one of ${MATRIX_EXPORT_FORMATS.join(', ')} (got ${JSON.stringify(format.slice(0, 40))})`,
      ]);
    const file = exportMatrix(await findMatrix((await params).id), format);
    return new Response(file.body, {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.filename}"`,
        'cache-control': 'no-store',
      },
    });
  });
}
