"use client";

// A failed read in this segment keeps the workspace around it and offers a retry.
export { ErrorPanel as default } from "@/components/error-panel";
