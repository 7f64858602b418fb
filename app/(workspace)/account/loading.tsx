// While this segment reads the database: the page skeleton.
export { PageSkeleton as default } from "@/components/skeleton";
