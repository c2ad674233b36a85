import { describeWrites } from "./tenant-matrix/harness.js";

/** The tenant matrix's mutation rows, part 1 of 3, on a world of their own (tenant-matrix.test.ts has the reads and says why). */
describeWrites(1, 3);
