import { apiError } from "@/lib/api/v1/handler";

/** Unknown API paths answer in the API's error shape, not with an HTML page. */
function unknownPath() {
  return apiError(404, "NOT_FOUND", "There is no such API endpoint; see /api/v1/openapi.json.");
}

export { unknownPath as GET, unknownPath as POST, unknownPath as PUT, unknownPath as PATCH, unknownPath as DELETE };
