// Typed documents for spawned tasks, teams, workflows and webhooks (codegen reads them from here).
import { graphql } from "../../src/generated/graphql/index.js";

export const SpawnTask = graphql(`
  mutation SpawnTask($input: SpawnTaskInput!) {
    spawnTask(input: $input) { task { id kind status priority model estimatedCost agent { id name } } }
  }
`);

export const SpawnTeam = graphql(`
  mutation SpawnTeam($input: SpawnTeamInput!) {
    spawnTeam(input: $input) { task { id kind status team estimatedCost members { role model status } } }
  }
`);

export const CancelTask = graphql(`
  mutation CancelTask($id: ID!) {
    cancelTask(input: { id: $id }) { refund task { id status error estimatedCost actualCost refund completedAt } }
  }
`);

export const TaskQuery = graphql(`
  query TaskQuery($id: ID!) {
    task(id: $id) {
      id
      kind
      status
      priority
      task
      model
      result
      error
      attempts
      estimatedCost
      actualCost
      refund
      startedAt
      completedAt
      agent { id name performanceMetrics { tasksAssigned tasksCompleted } usage { calls cost } }
      members { role model status task result actualCost }
      usage { calls cost }
    }
  }
`);

export const TasksQuery = graphql(`
  query TasksQuery($filter: TaskFilter, $first: Int) {
    tasks(filter: $filter, first: $first) { totalCount edges { node { id status model } } }
  }
`);

export const TaskUpdated = graphql(`
  subscription TaskUpdated($taskId: ID) {
    taskUpdated(taskId: $taskId) { taskId status task { status result } }
  }
`);

export const CreateWorkflow = graphql(`
  mutation CreateWorkflow($input: CreateWorkflowInput!) {
    createWorkflow(input: $input) { workflow { id name steps { key kind dependsOn } } }
  }
`);

export const RunWorkflow = graphql(`
  mutation RunWorkflow($input: RunWorkflowInput!) {
    runWorkflow(input: $input) { run { id status progress } }
  }
`);

export const CancelWorkflowRun = graphql(`
  mutation CancelWorkflowRun($runId: ID!) {
    cancelWorkflowRun(input: { runId: $runId }) { run { id status error stepRuns { key status } } }
  }
`);

export const WorkflowRunQuery = graphql(`
  query WorkflowRunQuery($id: ID!) {
    workflowRun(id: $id) {
      id
      status
      progress
      output
      error
      startedAt
      completedAt
      usage { calls cost }
      stepRuns { key status output dependsOn task { id task } }
    }
  }
`);

export const WorkflowRunUpdated = graphql(`
  subscription WorkflowRunUpdated($runId: ID) {
    workflowRunUpdated(runId: $runId) { runId kind stepKey progress }
  }
`);

export const CreateWebhook = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) { secret webhook { id url events } }
  }
`);

export const WebhookDeliveries = graphql(`
  query WebhookDeliveries($id: ID!) {
    node(id: $id) {
      ... on Webhook {
        deliveries(first: 10) {
          edges { node { id event status attemptCount nextAttemptAt deliveredAt payload attempts { statusCode error } } }
        }
      }
    }
  }
`);
