// Entry of the dashboard bundle (scripts/build-dashboard.ts): its styles and the app.
import { render } from "preact";
import { App } from "./app.js";
import "./styles.css";

render(<App />, document.getElementById("app")!);
