import "reflect-metadata";
import { Command, Option } from "commander";
import { ROLES } from "../auth/principal.js";
import { createTokenService, type TokenClaims } from "../auth/tokens.js";
import { loadConfig } from "../config.js";
import { runCli } from "./run.js";

const program = new Command("token")
  .description("Print a signed bearer token for a role (uses JWT_SECRET, or the development secret in DATA_DIR)")
  .addOption(new Option("-r, --role <role>", "the role").choices(ROLES).makeOptionMandatory())
  .option("--sub <subject>", "who the token is for", "cli")
  .option("--dealer <id>", "dealer id (DEALER)")
  .option("--supplier <id>", "supplier id (SUPPLIER)")
  .option("--customer <id>", "customer id (CUSTOMER)")
  .option("--carrier <id>", "carrier id (COURIER)")
  .option("--ttl <ttl>", "lifetime, e.g. 1h or 30d")
  .parse();

const o = program.opts<{ role: TokenClaims["role"]; sub: string; dealer?: string; supplier?: string; customer?: string; carrier?: string; ttl?: string }>();

runCli(async () => {
  const claims = { role: o.role, sub: o.sub, dealerId: o.dealer, supplierId: o.supplier, customerId: o.customer, carrierId: o.carrier };
  const tokens = createTokenService(loadConfig().jwt);
  try {
    console.log(await tokens.sign(claims as TokenClaims, o.ttl));
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    if (!issue) throw error;
    const flag = { dealerId: "--dealer", supplierId: "--supplier", customerId: "--customer", carrierId: "--carrier" }[String(issue.path[0])] ?? String(issue.path[0]);
    console.error(`${o.role} tokens need ${flag} <uuid>: ${issue.message}`);
    process.exitCode = 1;
  }
});
