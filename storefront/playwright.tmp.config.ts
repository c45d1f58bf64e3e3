import base from "./playwright.config"
export default { ...base, use: { ...base.use, baseURL: "http://localhost:8000" }, webServer: undefined, reporter: "list" }
