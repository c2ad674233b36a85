import { graphql } from "../generated/index.js";

export const SupplierSalesReport = graphql(`
  query SupplierSalesReport($filter: SupplierSalesFilter!) {
    supplierSalesReport(filter: $filter) {
      supplierId minimumGroupSize suppressedGroups suppressedUnits totalUnits
      totalRevenue { amountMinor currency }
      rows { month region customerKind tier productId productSku units revenue { amountMinor currency } returnedUnits averageRating customerCount }
    }
  }
`);

export const CategoryMatrixQuery = graphql(`
  query CategoryMatrix($input: CategoryMatrixInput!) {
    categoryMatrix(input: $input) {
      categoryId buyers minimumGroupSize
      cells { brandPreference usage suppressed customers units revenue { amountMinor currency } }
    }
  }
`);
