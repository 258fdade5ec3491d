// GET /api/comparisons/:id/export?format=json|csv|md|html: the comparison with its corrections, as a download.
import { EXPORT_FORMATS, exportComparison, isExportFormat } from '../../../../../server/export/export-comparison.ts';
import { handle, type RouteContext } from '../../../../../server/http/api-response.ts';
import { ApiError } from '../../../../../server/http/api-error.ts';
import { findComparison } from '../../../../../server/http/find-comparison.ts';

export async function GET(request: Request, { params }: RouteContext<{ id: string }>): Promise<Response> {
  return handle(async () => {
    const format = new URL(request.url).searchParams.get('format') ?? 'json';
    if (!isExportFormat(format))
      throw new ApiError(400, 'The request is not valid.', [
        `format: must be one of ${EXPORT_FORMATS.join(', ')} (got ${JSON.stringify(format.slice(0, 40))})`,
      ]);
    const file = exportComparison(await findComparison((await params).id), format);
    return new Response(file.body, {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.filename}"`,
        'cache-control': 'no-store',
      },
    });
  });
}
