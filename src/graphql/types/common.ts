// Small types shared by several type files.
import { builder } from "../builder.js";

export const OrderDirection = builder.enumType("OrderDirection", {
  values: { ASC: { value: "asc" }, DESC: { value: "desc" } } as const,
});
