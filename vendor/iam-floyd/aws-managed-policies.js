"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AwsManagedPolicy = void 0;
/** Provides names of all AWS managed policies. */
class AwsManagedPolicy {
}
exports.AwsManagedPolicy = AwsManagedPolicy;
/** Allow Access Analyzer to analyze resource metadata */
AwsManagedPolicy.AccessAnalyzerServiceRolePolicy = 'aws-service-role/AccessAnalyzerServiceRolePolicy';
/** Grants account access manager permissions to manage AWS account access */
AwsManagedPolicy.AccountAccessManagerServiceRolePolicy = 'aws-service-role/AccountAccessManagerServiceRolePolicy';
/** For use with accounts created through the Vercel Marketplace integration with AWS. Provides access to account management, notification, cost and usage analysis, and identity provider management. */
AwsManagedPolicy.AccountManagementFromVercel = 'AccountManagementFromVercel';
/** Provides full access to AWS services and resources. */
AwsManagedPolicy.AdministratorAccess = 'AdministratorAccess';
/** Grants account administrative permissions while explicitly allowing direct access to resources needed by Amplify applications. */
AwsManagedPolicy.AdministratorAccessAmplify = 'AdministratorAccess-Amplify';
/** Grants account administrative permissions. Explicitly allows developers and administrators to gain direct access to resources they need to manage AWS Elastic Beanstalk applications */
AwsManagedPolicy.AdministratorAccessAWSElasticBeanstalk = 'AdministratorAccess-AWSElasticBeanstalk';
/** Provides full access to AWS Agent Registry */
AwsManagedPolicy.AgentRegistryFullAccess = 'AgentRegistryFullAccess';
/** Policy for ReadOnly access to AWS Agent Registry */
AwsManagedPolicy.AgentRegistryReadOnlyAccess = 'AgentRegistryReadOnlyAccess';
/** Provides permissions required by the AWS DevOps Agent to conduct investigations and perform analysis on customer AWS resources. */
AwsManagedPolicy.AIDevOpsAgentAccessPolicy = 'AIDevOpsAgentAccessPolicy';
/** Provides elevated permissions required by the AWS DevOps Agent to perform operator-approved mutations or elevated actions on customer AWS resources during operational events. */
AwsManagedPolicy.AIDevOpsAgentActionsPolicy = 'AIDevOpsAgentActionsPolicy';
/** Provides full access to Amazon DevOps Agent via the AWS Management Console */
AwsManagedPolicy.AIDevOpsAgentFullAccess = 'AIDevOpsAgentFullAccess';
/** Provides read only access to Amazon DevOps Agent via the AWS Management Console */
AwsManagedPolicy.AIDevOpsAgentReadOnlyAccess = 'AIDevOpsAgentReadOnlyAccess';
/** Provide access to chat and manage investigations through AWS DevOps Agent for your AgentSpaces */
AwsManagedPolicy.AIDevOpsChannelAccessPolicy = 'service-role/AIDevOpsChannelAccessPolicy';
/** Provides permissions required by the AWS DevOps Agent to coordinate with AgentSpaces connected through Agent Space Constellation. */
AwsManagedPolicy.AIDevOpsConstellationAccessPolicy = 'service-role/AIDevOpsConstellationAccessPolicy';
/** Provides access to use the AWS DevOps operator web app for an Agent Space. */
AwsManagedPolicy.AIDevOpsOperatorAppAccessPolicy = 'AIDevOpsOperatorAppAccessPolicy';
/** Provides permissions for AWS DevOps Agent to create and manage network interfaces in your VPC so that release management agents can access private resources */
AwsManagedPolicy.AIDevOpsReleaseManagementVPCPolicy = 'AIDevOpsReleaseManagementVPCPolicy';
/** Provides permissions required by the Amazon AI Operations Assistant to generate incident report of the investigation. */
AwsManagedPolicy.AIOpsAssistantIncidentReportPolicy = 'AIOpsAssistantIncidentReportPolicy';
/** Provides ReadOnly permissions required by the Amazon AI Operations Assistant to do analysis on customer AWS resources during investigations. */
AwsManagedPolicy.AIOpsAssistantPolicy = 'AIOpsAssistantPolicy';
/** Grants full access to Amazon AI Operations service and its required permissions via AWS console. It also includes permissions to use identity-aware console sessions. */
AwsManagedPolicy.AIOpsConsoleAdminPolicy = 'AIOpsConsoleAdminPolicy';
/** Grants access to the Amazon AI Operations APIs for creating, updating, and deleting investigations, investigation events, and investigation resources. It also includes ReadOnly access to all AI Operations APIs and to use identity-aware sessions. */
AwsManagedPolicy.AIOpsOperatorAccess = 'AIOpsOperatorAccess';
/** Grants ReadOnly permissions to the Amazon AI Operations service and its required resources. */
AwsManagedPolicy.AIOpsReadOnlyAccess = 'AIOpsReadOnlyAccess';
/** Provide device setup access to AlexaForBusiness services */
AwsManagedPolicy.AlexaForBusinessDeviceSetup = 'AlexaForBusinessDeviceSetup';
/** Grants full access to AlexaForBusiness resources and access to related AWS Services */
AwsManagedPolicy.AlexaForBusinessFullAccess = 'AlexaForBusinessFullAccess';
/** Provide gateway execution access to AlexaForBusiness services */
AwsManagedPolicy.AlexaForBusinessGatewayExecution = 'AlexaForBusinessGatewayExecution';
/** Provide access to Lifesize AVS devices */
AwsManagedPolicy.AlexaForBusinessLifesizeDelegatedAccessPolicy = 'AlexaForBusinessLifesizeDelegatedAccessPolicy';
/** This policy enables Alexa for Business to perform automated tasks scheduled by your network profiles. */
AwsManagedPolicy.AlexaForBusinessNetworkProfileServicePolicy = 'aws-service-role/AlexaForBusinessNetworkProfileServicePolicy';
/** Provide access to Poly AVS devices */
AwsManagedPolicy.AlexaForBusinessPolyDelegatedAccessPolicy = 'AlexaForBusinessPolyDelegatedAccessPolicy';
/** Provide read only access to AlexaForBusiness services */
AwsManagedPolicy.AlexaForBusinessReadOnlyAccess = 'AlexaForBusinessReadOnlyAccess';
/** Provides full access to create/edit/delete APIs in Amazon API Gateway via the AWS Management Console. */
AwsManagedPolicy.AmazonAPIGatewayAdministrator = 'AmazonAPIGatewayAdministrator';
/** Provides full access to invoke APIs in Amazon API Gateway. */
AwsManagedPolicy.AmazonAPIGatewayInvokeFullAccess = 'AmazonAPIGatewayInvokeFullAccess';
/** Allows API Gateway to push logs to user's account. */
AwsManagedPolicy.AmazonAPIGatewayPushToCloudWatchLogs = 'service-role/AmazonAPIGatewayPushToCloudWatchLogs';
/** Provides full access to Amazon AppFlow and access to AWS services supported as flow source or destination (S3 and Redshift). Also provides access to KMS for encryption */
AwsManagedPolicy.AmazonAppFlowFullAccess = 'AmazonAppFlowFullAccess';
/** Provides read only access to Amazon Appflow flows */
AwsManagedPolicy.AmazonAppFlowReadOnlyAccess = 'AmazonAppFlowReadOnlyAccess';
/** Grants permissions to ARC Region switch for plan execution and plan evaluation. */
AwsManagedPolicy.AmazonApplicationRecoveryControllerRegionSwitchPlanExecutionPolicy = 'AmazonApplicationRecoveryControllerRegionSwitchPlanExecutionPolicy';
/** Provides full access to Amazon AppStream via the AWS Management Console. */
AwsManagedPolicy.AmazonAppStreamFullAccess = 'AmazonAppStreamFullAccess';
/** Amazon AppStream 2.0 access to AWS Certificate Manager Private CA in customer accounts for certificate-based authentication */
AwsManagedPolicy.AmazonAppStreamPCAAccess = 'service-role/AmazonAppStreamPCAAccess';
/** Provides read only access to Amazon AppStream via the AWS Management Console. */
AwsManagedPolicy.AmazonAppStreamReadOnlyAccess = 'AmazonAppStreamReadOnlyAccess';
/** Default policy for Amazon AppStream service role. */
AwsManagedPolicy.AmazonAppStreamServiceAccess = 'service-role/AmazonAppStreamServiceAccess';
/** Provide full access to Amazon Athena and scoped access to the dependencies needed to enable querying, writing results, and data management. */
AwsManagedPolicy.AmazonAthenaFullAccess = 'AmazonAthenaFullAccess';
/** Allows access to other AWS service resources that are required to run Amazon Athena */
AwsManagedPolicy.AmazonAthenaServiceRolePolicy = 'aws-service-role/AmazonAthenaServiceRolePolicy';
/** Provides access to perform all operations Amazon Augmented AI resources, including FlowDefinitions, HumanTaskUis and HumanLoops. Does not allow access for creating FlowDefinitions against the public-crowd Workteam. */
AwsManagedPolicy.AmazonAugmentedAIFullAccess = 'AmazonAugmentedAIFullAccess';
/** Provides access to perform all operations on HumanLoops. */
AwsManagedPolicy.AmazonAugmentedAIHumanLoopFullAccess = 'AmazonAugmentedAIHumanLoopFullAccess';
/** Provides access to perform all operations Amazon Augmented AI resources, including FlowDefinitions, HumanTaskUis and HumanLoops. Also provides access to those operations of services that are integrated with Amazon Augmented AI. */
AwsManagedPolicy.AmazonAugmentedAIIntegratedAPIAccess = 'AmazonAugmentedAIIntegratedAPIAccess';
/** Provides console full administrative access to Aurora DSQL */
AwsManagedPolicy.AmazonAuroraDSQLConsoleFullAccess = 'AmazonAuroraDSQLConsoleFullAccess';
/** Provides full administrative access to Aurora DSQL */
AwsManagedPolicy.AmazonAuroraDSQLFullAccess = 'AmazonAuroraDSQLFullAccess';
/** Provides read only access to Aurora DSQL */
AwsManagedPolicy.AmazonAuroraDSQLReadOnlyAccess = 'AmazonAuroraDSQLReadOnlyAccess';
/** Provides Bedrock Model inference permission to Bedrock agent core memory */
AwsManagedPolicy.AmazonBedrockAgentCoreMemoryBedrockModelInferenceExecutionRolePolicy = 'AmazonBedrockAgentCoreMemoryBedrockModelInferenceExecutionRolePolicy';
/** Provides full access to Amazon Bedrock Web Search, including retrieval of content from external websites outside the AWS network boundary. */
AwsManagedPolicy.AmazonBedrockExternalWebSearchFullAccess = 'AmazonBedrockExternalWebSearchFullAccess';
/** Provides read-only access to Amazon Bedrock Web Search, including retrieval of content from external websites outside the AWS network boundary. */
AwsManagedPolicy.AmazonBedrockExternalWebSearchReadOnly = 'AmazonBedrockExternalWebSearchReadOnly';
/** Provides full access to Amazon Bedrock as well as limited access to related services that are required by it */
AwsManagedPolicy.AmazonBedrockFullAccess = 'AmazonBedrockFullAccess';
/** Provides limited access to Amazon Bedrock as well as to related services that are required by it */
AwsManagedPolicy.AmazonBedrockLimitedAccess = 'AmazonBedrockLimitedAccess';
/** Provides full access to Amazon Bedrock Mantle as well as limited access to related services that are required by it */
AwsManagedPolicy.AmazonBedrockMantleFullAccess = 'AmazonBedrockMantleFullAccess';
/** Provides read and inference creation access to Amazon Bedrock Mantle */
AwsManagedPolicy.AmazonBedrockMantleInferenceAccess = 'AmazonBedrockMantleInferenceAccess';
/** Provides read only access to Amazon Bedrock Mantle */
AwsManagedPolicy.AmazonBedrockMantleReadOnly = 'AmazonBedrockMantleReadOnly';
/** Provides limited access to Amazon Bedrock Marketplace as well as to related services that are required by it */
AwsManagedPolicy.AmazonBedrockMarketplaceAccess = 'AmazonBedrockMarketplaceAccess';
/** Provides read only access to Amazon Bedrock */
AwsManagedPolicy.AmazonBedrockReadOnly = 'AmazonBedrockReadOnly';
/** Defines the maximum permissions of IAM roles that Amazon Bedrock Studio creates for operating Amazon Bedrock Studio resources. */
AwsManagedPolicy.AmazonBedrockStudioPermissionsBoundary = 'AmazonBedrockStudioPermissionsBoundary';
/** Provides full access to Amazon Bedrock Web Search. Data remains within the AWS network boundary. */
AwsManagedPolicy.AmazonBedrockWebSearchFullAccess = 'AmazonBedrockWebSearchFullAccess';
/** Provides read-only access to Amazon Bedrock Web Search. Data remains within the AWS network boundary. */
AwsManagedPolicy.AmazonBedrockWebSearchReadOnly = 'AmazonBedrockWebSearchReadOnly';
/** Allows full administrative access to Amazon Bio Discovery */
AwsManagedPolicy.AmazonBioDiscoveryFullAccess = 'AmazonBioDiscoveryFullAccess';
/** Provides full access to actions within the Amazon Bio Discovery applications */
AwsManagedPolicy.AmazonBioDiscoveryInAppFullAccess = 'AmazonBioDiscoveryInAppFullAccess';
/** Provides full access to Amazon Braket via the AWS Management Console and SDK. Also provides access to related services (e.g., S3, logs). */
AwsManagedPolicy.AmazonBraketFullAccess = 'AmazonBraketFullAccess';
/** Grants access to AWS Services and resources necessary for executing an Amazon Braket Job including S3, Cloudwatch, IAM and Braket */
AwsManagedPolicy.AmazonBraketJobsExecutionPolicy = 'AmazonBraketJobsExecutionPolicy';
/** Allows Amazon Braket to create and manage AWS resources on your behalf */
AwsManagedPolicy.AmazonBraketServiceRolePolicy = 'aws-service-role/AmazonBraketServiceRolePolicy';
/** Provides full access to Amazon Chime Admin Console via the AWS Management Console. */
AwsManagedPolicy.AmazonChimeFullAccess = 'AmazonChimeFullAccess';
/** Provides read only access to Amazon Chime Admin Console via the AWS Management Console. */
AwsManagedPolicy.AmazonChimeReadOnly = 'AmazonChimeReadOnly';
/** Provides access to Amazon Chime SDK operations */
AwsManagedPolicy.AmazonChimeSDK = 'AmazonChimeSDK';
/** Managed Policy For Amazon Chime SDK MediaPipelines Service Linked Role */
AwsManagedPolicy.AmazonChimeSDKMediaPipelinesServiceLinkedRolePolicy = 'aws-service-role/AmazonChimeSDKMediaPipelinesServiceLinkedRolePolicy';
/** Allows Amazon Chime SDK Messaging to access AWS resources and enable messaging functionality */
AwsManagedPolicy.AmazonChimeSDKMessagingServiceRolePolicy = 'aws-service-role/AmazonChimeSDKMessagingServiceRolePolicy';
/** Enables access to AWS Resources used or managed by Amazon Chime */
AwsManagedPolicy.AmazonChimeServiceRolePolicy = 'aws-service-role/AmazonChimeServiceRolePolicy';
/** Allows Amazon Chime to access Amazon Transcribe and Amazon Transcribe Medical on your behalf */
AwsManagedPolicy.AmazonChimeTranscriptionServiceLinkedRolePolicy = 'aws-service-role/AmazonChimeTranscriptionServiceLinkedRolePolicy';
/** Provides user management access to Amazon Chime Admin Console via the AWS Management Console. */
AwsManagedPolicy.AmazonChimeUserManagement = 'AmazonChimeUserManagement';
/** Managed policy for Service Linked Role for Amazon Chime VoiceConnector */
AwsManagedPolicy.AmazonChimeVoiceConnectorServiceLinkedRolePolicy = 'aws-service-role/AmazonChimeVoiceConnectorServiceLinkedRolePolicy';
/** Provides full access to Amazon Cloud Directory Service. */
AwsManagedPolicy.AmazonCloudDirectoryFullAccess = 'AmazonCloudDirectoryFullAccess';
/** Provides read only access to Amazon Cloud Directory Service. */
AwsManagedPolicy.AmazonCloudDirectoryReadOnlyAccess = 'AmazonCloudDirectoryReadOnlyAccess';
/** Provides full only access to Amazon CloudWatch Evidently. Also provides access to related Amazon S3, Amazon SNS, Amazon CloudWatch, and other related services. */
AwsManagedPolicy.AmazonCloudWatchEvidentlyFullAccess = 'AmazonCloudWatchEvidentlyFullAccess';
/** Provides read only access to Amazon CloudWatch Evidently */
AwsManagedPolicy.AmazonCloudWatchEvidentlyReadOnlyAccess = 'AmazonCloudWatchEvidentlyReadOnlyAccess';
/** Allows CloudWatch Evidently Service to manage associated AWS Resources on behalf of the customer */
AwsManagedPolicy.AmazonCloudWatchEvidentlyServiceRolePolicy = 'aws-service-role/AmazonCloudWatchEvidentlyServiceRolePolicy';
/** Grants full access permissions for the Amazon CloudWatch RUM service */
AwsManagedPolicy.AmazonCloudWatchRUMFullAccess = 'AmazonCloudWatchRUMFullAccess';
/** Grants read only permissions for the Amazon CloudWatch RUM service */
AwsManagedPolicy.AmazonCloudWatchRUMReadOnlyAccess = 'AmazonCloudWatchRUMReadOnlyAccess';
/** Grants permission to Amazon CloudWatch RUM Service to publish monitoring data to other relevant AWS services */
AwsManagedPolicy.AmazonCloudWatchRUMServiceRolePolicy = 'aws-service-role/AmazonCloudWatchRUMServiceRolePolicy';
/** Provides full access to Amazon CodeCatalyst */
AwsManagedPolicy.AmazonCodeCatalystFullAccess = 'AmazonCodeCatalystFullAccess';
/** Provides read only access to Amazon CodeCatalyst */
AwsManagedPolicy.AmazonCodeCatalystReadOnlyAccess = 'AmazonCodeCatalystReadOnlyAccess';
/** Allows Amazon CodeCatalyst to create, update, and resolve AWS Support cases on your behalf. */
AwsManagedPolicy.AmazonCodeCatalystSupportAccess = 'service-role/AmazonCodeCatalystSupportAccess';
/** Provides access required by Amazon CodeGuru Profiler agent. */
AwsManagedPolicy.AmazonCodeGuruProfilerAgentAccess = 'AmazonCodeGuruProfilerAgentAccess';
/** Provides full access to Amazon CodeGuru Profiler. */
AwsManagedPolicy.AmazonCodeGuruProfilerFullAccess = 'AmazonCodeGuruProfilerFullAccess';
/** Provides read only access to Amazon CodeGuru Profiler. */
AwsManagedPolicy.AmazonCodeGuruProfilerReadOnlyAccess = 'AmazonCodeGuruProfilerReadOnlyAccess';
/** Grants full access to Amazon CodeGuru Reviewer and scoped access to required dependencies. */
AwsManagedPolicy.AmazonCodeGuruReviewerFullAccess = 'AmazonCodeGuruReviewerFullAccess';
/** Provides read only access to Amazon CodeGuru Reviewer. */
AwsManagedPolicy.AmazonCodeGuruReviewerReadOnlyAccess = 'AmazonCodeGuruReviewerReadOnlyAccess';
/** A service-linked role required for Amazon CodeGuru Reviewer to access resources on your behalf. */
AwsManagedPolicy.AmazonCodeGuruReviewerServiceRolePolicy = 'aws-service-role/AmazonCodeGuruReviewerServiceRolePolicy';
/** Provides full access to Amazon CodeGuru Security. */
AwsManagedPolicy.AmazonCodeGuruSecurityFullAccess = 'AmazonCodeGuruSecurityFullAccess';
/** Provides access required for working with Amazon CodeGuru Security scans. */
AwsManagedPolicy.AmazonCodeGuruSecurityScanAccess = 'AmazonCodeGuruSecurityScanAccess';
/** Provides access to Amazon Cognito APIs to support developer authenticated identities from your authentication backend. */
AwsManagedPolicy.AmazonCognitoDeveloperAuthenticatedIdentities = 'AmazonCognitoDeveloperAuthenticatedIdentities';
/** Allows Amazon Cognito User Pools service to use your SES identities for email sending */
AwsManagedPolicy.AmazonCognitoIdpEmailServiceRolePolicy = 'aws-service-role/AmazonCognitoIdpEmailServiceRolePolicy';
/** Enables access to AWS Services and Resources used or managed by Amazon Cognito User Pools */
AwsManagedPolicy.AmazonCognitoIdpServiceRolePolicy = 'aws-service-role/AmazonCognitoIdpServiceRolePolicy';
/** Provides administrative access to existing Amazon Cognito resources. You will need AWS account admin privileges to create new Cognito resources. */
AwsManagedPolicy.AmazonCognitoPowerUser = 'AmazonCognitoPowerUser';
/** Provides read only access to Amazon Cognito resources. */
AwsManagedPolicy.AmazonCognitoReadOnly = 'AmazonCognitoReadOnly';
/** This policy defines the set of permissions allowed for unauthenticated identities for Cognito Identity Pools. This policy is not intended to be used as a stand alone permission policy. It is used as a guardrail against overly permissive policies attached for roles in an identity pool. Do not attach this policy to any roles, as Cognito Identity Service will automatically include it as a scoped down policy when creating credentials. The privileges to temporarily access other AWS resources through the enhanced flow will now be defined by the intersection of the role associated with the identity of the unauthenticated user provided by a service, and the privileges given in this managed policy that is owned by Cognito. */
AwsManagedPolicy.AmazonCognitoUnAuthedIdentitiesSessionPolicy = 'AmazonCognitoUnAuthedIdentitiesSessionPolicy';
/** This policy defines the set of permissions allowed for unauthenticated identities for Cognito Identity Pools. This does not need to be attached to your unauth role, as Cognito Identity Service will automatically include it as a scoped down policy when creating credentials. The privileges to temporarily access other AWS resources through the enhanced flow will now be defined by the intersection of the role associated with the identity of the unauthenticated user provided by a service, and the privileges given in this managed policy that is owned by Cognito. */
AwsManagedPolicy.AmazonCognitoUnauthenticatedIdentities = 'AmazonCognitoUnauthenticatedIdentities';
/** The purpose of this policy is to grant permissions to AWS Connect users required to use Connect resources. This policy provides full access to AWS Connect resources via the Connect Console and public APIs */
AwsManagedPolicy.AmazonConnectFullAccess = 'AmazonConnect_FullAccess';
/** Policy for Amazon Connect Campaigns service linked role */
AwsManagedPolicy.AmazonConnectCampaignsServiceLinkedRolePolicy = 'aws-service-role/AmazonConnectCampaignsServiceLinkedRolePolicy';
/** Grants permission to view the Amazon Connect instances in your AWS account. */
AwsManagedPolicy.AmazonConnectReadOnlyAccess = 'AmazonConnectReadOnlyAccess';
/** Allows Amazon Connect to create and manage AWS resources on your behalf. */
AwsManagedPolicy.AmazonConnectServiceLinkedRolePolicy = 'aws-service-role/AmazonConnectServiceLinkedRolePolicy';
/** Allows Amazon Connect to synchronize AWS resources across regions on your behalf. */
AwsManagedPolicy.AmazonConnectSynchronizationServiceRolePolicy = 'aws-service-role/AmazonConnectSynchronizationServiceRolePolicy';
/** Provides full access to Amazon Connect Voice ID */
AwsManagedPolicy.AmazonConnectVoiceIDFullAccess = 'AmazonConnectVoiceIDFullAccess';
/** Provides permissions to consume Amazon Bedrock models, including invoking Amazon Bedrock application inference profile created for particular Amazon DataZone domain. */
AwsManagedPolicy.AmazonDataZoneBedrockModelConsumptionPolicy = 'service-role/AmazonDataZoneBedrockModelConsumptionPolicy';
/** Provides permissions to manage Amazon Bedrock model access, including creating, tagging and deleting application inference profiles. */
AwsManagedPolicy.AmazonDataZoneBedrockModelManagementPolicy = 'service-role/AmazonDataZoneBedrockModelManagementPolicy';
/** Default policy for the Amazon DataZone's DomainExecutionRole service role. This role is used by Amazon DataZone to catalog, discover, govern, share, and analyze data in the Amazon DataZone domain. */
AwsManagedPolicy.AmazonDataZoneDomainExecutionRolePolicy = 'service-role/AmazonDataZoneDomainExecutionRolePolicy';
/** Amazon DataZone creates IAM roles for Environments to perform data analytics actions, and uses this policy when creating these roles to define the boundary of their permissions. */
AwsManagedPolicy.AmazonDataZoneEnvironmentRolePermissionsBoundary = 'AmazonDataZoneEnvironmentRolePermissionsBoundary';
/** Provides full access to Amazon DataZone via the AWS Management Console as well as limited access to related services that are required by it. */
AwsManagedPolicy.AmazonDataZoneFullAccess = 'AmazonDataZoneFullAccess';
/** Provides full access to Amazon DataZone, but does not allow the management of domains, users, or associated accounts. */
AwsManagedPolicy.AmazonDataZoneFullUserAccess = 'AmazonDataZoneFullUserAccess';
/** The policy grants permissions to allow Amazon DataZone to enable publishing and access grants to data. */
AwsManagedPolicy.AmazonDataZoneGlueManageAccessRolePolicy = 'service-role/AmazonDataZoneGlueManageAccessRolePolicy';
/** Amazon DataZone is a data management service that enables you to catalog, discover, govern, share, and analyze your data. With Amazon DataZone, you can share and access your data across accounts and supported regions. Amazon DataZone simplifies your experience across AWS services, including, but not limited to, Amazon Redshift, Amazon Athena, AWS Glue, and AWS Lake Formation. */
AwsManagedPolicy.AmazonDataZoneRedshiftGlueProvisioningPolicy = 'AmazonDataZoneRedshiftGlueProvisioningPolicy';
/** This policy gives Amazon DataZone permissions to publish Amazon Redshift data to the catalog. It also gives Amazon DataZone permissions to grant access or revoke access to Amazon Redshift or Amazon Redshift Serverless published assets in the catalog. */
AwsManagedPolicy.AmazonDataZoneRedshiftManageAccessRolePolicy = 'service-role/AmazonDataZoneRedshiftManageAccessRolePolicy';
/** The AmazonDataZoneSageMakerEnvironmentRolePermissionsBoundary policy is the list of permissions that are permitted on an execution role created in a SageMaker environment provisioned by Amazon DataZone. */
AwsManagedPolicy.AmazonDataZoneSageMakerEnvironmentRolePermissionsBoundary = 'AmazonDataZoneSageMakerEnvironmentRolePermissionsBoundary';
/** The AmazonDataZoneSageMakerManageAccessRolePolicy policy grants Amazon DataZone the permissions required to grant user access to various resources in the SageMaker environment. */
AwsManagedPolicy.AmazonDataZoneSageMakerManageAccessRolePolicy = 'AmazonDataZoneSageMakerManageAccessRolePolicy';
/** The AmazonDataZoneSageMakerProvisioningRolePolicy policy grants Amazon DataZone the permissions required to interoperate with Amazon SageMaker. */
AwsManagedPolicy.AmazonDataZoneSageMakerProvisioningRolePolicy = 'AmazonDataZoneSageMakerProvisioningRolePolicy';
/**  Provides full access to Amazon Detective service and scoped access to the console UI dependencies */
AwsManagedPolicy.AmazonDetectiveFullAccess = 'AmazonDetectiveFullAccess';
/** Provides investigator access to Amazon Detective service and scoped access to the console UI dependencies. This policy grants permission to dive into Detective for investigation purposes and limited write access to Guardduty. */
AwsManagedPolicy.AmazonDetectiveInvestigatorAccess = 'AmazonDetectiveInvestigatorAccess';
/** Provides member access to Amazon Detective service and scoped access to the console UI dependencies. */
AwsManagedPolicy.AmazonDetectiveMemberAccess = 'AmazonDetectiveMemberAccess';
/** Provides Organizations access to manage Delegated administrator for Amazon Detective and scoped access to the console UI dependencies. This also grants permission to create a service-linked role for Detective. */
AwsManagedPolicy.AmazonDetectiveOrganizationsAccess = 'AmazonDetectiveOrganizationsAccess';
/** Allows Amazon Detective to make service calls on your behalf */
AwsManagedPolicy.AmazonDetectiveServiceLinkedRolePolicy = 'aws-service-role/AmazonDetectiveServiceLinkedRolePolicy';
/** The policy grants full-access to the DevOps Guru console. */
AwsManagedPolicy.AmazonDevOpsGuruConsoleFullAccess = 'AmazonDevOpsGuruConsoleFullAccess';
/** Provides full access to Amazon DevOps Guru. */
AwsManagedPolicy.AmazonDevOpsGuruFullAccess = 'AmazonDevOpsGuruFullAccess';
/** Provide access to enable and manage Amazon DevOps Guru within an organization. */
AwsManagedPolicy.AmazonDevOpsGuruOrganizationsAccess = 'AmazonDevOpsGuruOrganizationsAccess';
/** Provides read only access to Amazon DevOps Guru Console. */
AwsManagedPolicy.AmazonDevOpsGuruReadOnlyAccess = 'AmazonDevOpsGuruReadOnlyAccess';
/** A service-linked role required for Amazon DevOpsGuru to access your resources. */
AwsManagedPolicy.AmazonDevOpsGuruServiceRolePolicy = 'aws-service-role/AmazonDevOpsGuruServiceRolePolicy';
/** Provides access to upload DMS replication logs to cloudwatch logs in customer account. */
AwsManagedPolicy.AmazonDMSCloudWatchLogsRole = 'service-role/AmazonDMSCloudWatchLogsRole';
/** Provides access to manage S3 settings for Redshift endpoints for DMS. */
AwsManagedPolicy.AmazonDMSRedshiftS3Role = 'service-role/AmazonDMSRedshiftS3Role';
/** Provides access to manage VPC settings for AWS managed customer configurations */
AwsManagedPolicy.AmazonDMSVPCManagementRole = 'service-role/AmazonDMSVPCManagementRole';
/** Allows Amazon DocumentDB-Elastic to manage AWS resources on your behalf. */
AwsManagedPolicy.AmazonDocDBElasticServiceRolePolicy = 'aws-service-role/AmazonDocDB-ElasticServiceRolePolicy';
/** Provides full access to manage Amazon DocumentDB with MongoDB compatibility using the AWS Management Console. Note this policy also grants full access to publish on all SNS topics within the account, permissions to create and edit Amazon EC2 instances and VPC configurations, permissions to view and list keys on Amazon KMS, and full access to Amazon RDS and Amazon Neptune. */
AwsManagedPolicy.AmazonDocDBConsoleFullAccess = 'AmazonDocDBConsoleFullAccess';
/** Provides full access to Amazon DocumentDB Elastic Clusters and other required permissions for its dependencies including EC2, KMS, SecretsManager, CloudWatch and IAM. */
AwsManagedPolicy.AmazonDocDBElasticFullAccess = 'AmazonDocDBElasticFullAccess';
/** Provides read-only access to Amazon DocDB-Elastic and CloudWatch metrics. */
AwsManagedPolicy.AmazonDocDBElasticReadOnlyAccess = 'AmazonDocDBElasticReadOnlyAccess';
/** Provides full access to Amazon DocumentDB with MongoDB compatibility. Note this policy also grants full access to publish on all SNS topics within the account and full access to Amazon RDS and Amazon Neptune. */
AwsManagedPolicy.AmazonDocDBFullAccess = 'AmazonDocDBFullAccess';
/** Provides read-only access to Amazon DocumentDB with MongoDB compatibility. Note that this policy also grants access to Amazon RDS and Amazon Neptune resources. */
AwsManagedPolicy.AmazonDocDBReadOnlyAccess = 'AmazonDocDBReadOnlyAccess';
/** Provides access to manage VPC settings for Amazon managed customer configurations */
AwsManagedPolicy.AmazonDRSVPCManagement = 'AmazonDRSVPCManagement';
/** Provides full access to Amazon DynamoDB via the AWS Management Console. */
AwsManagedPolicy.AmazonDynamoDBFullAccess = 'AmazonDynamoDBFullAccess';
/** Provides full access to Amazon DynamoDB */
AwsManagedPolicy.AmazonDynamoDBFullAccessV2 = 'AmazonDynamoDBFullAccess_v2';
/** This policy is on a deprecation path. See documentation for guidance: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DynamoDBPipeline.html. Provides full access to Amazon DynamoDB including Export/Import using AWS Data Pipeline via the AWS Management Console. */
AwsManagedPolicy.AmazonDynamoDBFullAccesswithDataPipeline = 'AmazonDynamoDBFullAccesswithDataPipeline';
/** Provides read only access to Amazon DynamoDB via the AWS Management Console. */
AwsManagedPolicy.AmazonDynamoDBReadOnlyAccess = 'AmazonDynamoDBReadOnlyAccess';
/** IAM Policy that allows the CSI driver service account to make calls to related services such as EC2 on your behalf. This policy restricts the Amazon EBS CSI driver to only managing EBS volumes and snapshots that belong to a specific EKS cluster. It requires the resource tag ebs.csi.aws.com/cluster-name to match the eks-cluster-name tag on the IAM principal, preventing cross-cluster access when multiple clusters share the same AWS account. Attach and detach operations on instances are restricted to instances tagged with either the eks:cluster-name tag (set automatically by EKS on managed node groups) or the ebs.csi.aws.com/cluster-name tag (for manually tagged instances). */
AwsManagedPolicy.AmazonEBSCSIDriverEKSClusterScopedPolicy = 'AmazonEBSCSIDriverEKSClusterScopedPolicy';
/** IAM Policy that allows the CSI driver service account to make calls to related services such as EC2 on your behalf. */
AwsManagedPolicy.AmazonEBSCSIDriverPolicy = 'service-role/AmazonEBSCSIDriverPolicy';
/** IAM Policy that allows the EBS CSI driver service account to make calls to related services such as EC2 on your behalf. It limits the Amazon EBS CSI driver to only managing EBS volumes and snapshots that are tagged with the key ebs.csi.aws.com/cluster set to true. Volumes provisioned by the in-tree Kubernetes volume plugin (CSI-migrated volumes) are also supported through the kubernetes.io/created-for/pvc/name resource tag. */
AwsManagedPolicy.AmazonEBSCSIDriverPolicyV2 = 'AmazonEBSCSIDriverPolicyV2';
/** Provides administrative access to Amazon ECR resources */
AwsManagedPolicy.AmazonEC2ContainerRegistryFullAccess = 'AmazonEC2ContainerRegistryFullAccess';
/** Provides full access to Amazon EC2 Container Registry repositories, but does not allow repository deletion or policy changes. */
AwsManagedPolicy.AmazonEC2ContainerRegistryPowerUser = 'AmazonEC2ContainerRegistryPowerUser';
/** Provides access to pull images from Amazon EC2 Container Registry repositories. */
AwsManagedPolicy.AmazonEC2ContainerRegistryPullOnly = 'AmazonEC2ContainerRegistryPullOnly';
/** Provides read-only access to Amazon EC2 Container Registry repositories. */
AwsManagedPolicy.AmazonEC2ContainerRegistryReadOnly = 'AmazonEC2ContainerRegistryReadOnly';
/**   Policy to enable Task Autoscaling for Amazon EC2 Container Service */
AwsManagedPolicy.AmazonEC2ContainerServiceAutoscaleRole = 'service-role/AmazonEC2ContainerServiceAutoscaleRole';
/** Policy to enable CloudWatch Events for EC2 Container Service */
AwsManagedPolicy.AmazonEC2ContainerServiceEventsRole = 'service-role/AmazonEC2ContainerServiceEventsRole';
/** Default policy for the Amazon EC2 Role for Amazon EC2 Container Service. */
AwsManagedPolicy.AmazonEC2ContainerServiceforEC2Role = 'service-role/AmazonEC2ContainerServiceforEC2Role';
/** Default policy for Amazon ECS service role. */
AwsManagedPolicy.AmazonEC2ContainerServiceRole = 'service-role/AmazonEC2ContainerServiceRole';
/** Provides full access to Amazon EC2 via the AWS Management Console. */
AwsManagedPolicy.AmazonEC2FullAccess = 'AmazonEC2FullAccess';
/** Provides read-only access to scan all supported resource types for relevant data when using DescribeImageReferences. */
AwsManagedPolicy.AmazonEC2ImageReferencesAccessPolicy = 'AmazonEC2ImageReferencesAccessPolicy';
/** Provides read only access to Amazon EC2 via the AWS Management Console. */
AwsManagedPolicy.AmazonEC2ReadOnlyAccess = 'AmazonEC2ReadOnlyAccess';
/** Provides EC2 access to S3 bucket to download revision. This role is needed by the CodeDeploy agent on EC2 instances. */
AwsManagedPolicy.AmazonEC2RoleforAWSCodeDeploy = 'service-role/AmazonEC2RoleforAWSCodeDeploy';
/** Provides EC2 limited access to S3 bucket to download revision. This role is needed by the CodeDeploy agent on EC2 instances. */
AwsManagedPolicy.AmazonEC2RoleforAWSCodeDeployLimited = 'service-role/AmazonEC2RoleforAWSCodeDeployLimited';
/** Default policy for the Amazon EC2 Role for Data Pipeline service role. */
AwsManagedPolicy.AmazonEC2RoleforDataPipelineRole = 'service-role/AmazonEC2RoleforDataPipelineRole';
/** This policy will soon be deprecated. Please use AmazonSSMManagedInstanceCore policy to enable AWS Systems Manager service core functionality on EC2 instances. For more information see https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-instance-profile.html */
AwsManagedPolicy.AmazonEC2RoleforSSM = 'service-role/AmazonEC2RoleforSSM';
/** Managed policy for the Amazon LaunchWizard service role for EC2 */
AwsManagedPolicy.AmazonEC2RolePolicyForLaunchWizard = 'AmazonEC2RolePolicyForLaunchWizard';
/** Policy to enable Autoscaling for Amazon EC2 Spot Fleet */
AwsManagedPolicy.AmazonEC2SpotFleetAutoscaleRole = 'service-role/AmazonEC2SpotFleetAutoscaleRole';
/** Allows EC2 Spot Fleet to request, terminate and tag Spot Instances on your behalf. */
AwsManagedPolicy.AmazonEC2SpotFleetTaggingRole = 'service-role/AmazonEC2SpotFleetTaggingRole';
/** Provides administrative access to Amazon ECS resources and enables ECS features through access to other AWS service resources, including VPCs, Auto Scaling groups, and CloudFormation stacks. */
AwsManagedPolicy.AmazonECSFullAccess = 'AmazonECS_FullAccess';
/** Policy to enable Amazon ECS Compute to manage your EC2 instances and related resources as part of ECS managed instances */
AwsManagedPolicy.AmazonECSComputeServiceRolePolicy = 'aws-service-role/AmazonECSComputeServiceRolePolicy';
/** These permissions enable Amazon ECS to automatically provision and manage the infrastructure components required for Express Gateway Services, including load balancing, security groups, SSL certificates, and auto scaling configurations. */
AwsManagedPolicy.AmazonECSInfrastructureRoleforExpressGatewayServices = 'service-role/AmazonECSInfrastructureRoleforExpressGatewayServices';
/** Default policy for the Amazon ECS Infrastructure Role for Amazon ECS Service Gateway Services. */
AwsManagedPolicy.AmazonECSInfrastructureRoleForGatewayHostSharedALB = 'AmazonECSInfrastructureRoleForGatewayHostSharedALB';
/** Provides access to other AWS service resources required to manage load balancers associated with ECS workloads on your behalf. */
AwsManagedPolicy.AmazonECSInfrastructureRolePolicyForLoadBalancers = 'AmazonECSInfrastructureRolePolicyForLoadBalancers';
/** Provides ECS access to create and manage EC2 managed resources */
AwsManagedPolicy.AmazonECSInfrastructureRolePolicyForManagedInstances = 'AmazonECSInfrastructureRolePolicyForManagedInstances';
/** Provides administrative access to Private Certificate Authority, AWS Secrets Manager and other AWS Services required to manage ECS Service Connect TLS features on your behalf. */
AwsManagedPolicy.AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity = 'service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity';
/** Provides access to other AWS service resources required to manage volumes associated with ECS workloads on your behalf. */
AwsManagedPolicy.AmazonECSInfrastructureRolePolicyForVolumes = 'service-role/AmazonECSInfrastructureRolePolicyForVolumes';
/** Provides access to other AWS service resources required to manage VPC Lattice feature in ECS workloads on your behalf. */
AwsManagedPolicy.AmazonECSInfrastructureRolePolicyForVpcLattice = 'AmazonECSInfrastructureRolePolicyForVpcLattice';
/** Default policy for the Amazon ECS Instance Role for Amazon ECS Managed Instances. */
AwsManagedPolicy.AmazonECSInstanceRolePolicyForManagedInstances = 'AmazonECSInstanceRolePolicyForManagedInstances';
/** Policy to enable Amazon ECS to manage your cluster. */
AwsManagedPolicy.AmazonECSServiceRolePolicy = 'aws-service-role/AmazonECSServiceRolePolicy';
/** Provides access to other AWS service resources that are required to run Amazon ECS tasks */
AwsManagedPolicy.AmazonECSTaskExecutionRolePolicy = 'service-role/AmazonECSTaskExecutionRolePolicy';
/** Provides management access to EFS resources and read access to EC2 */
AwsManagedPolicy.AmazonEFSCSIDriverPolicy = 'service-role/AmazonEFSCSIDriverPolicy';
/** This policy provides the Amazon VPC CNI Plugin (amazon-vpc-cni-k8s) the permissions it requires to modify the IP address configuration on your EKS worker nodes. This permission set allows the CNI to list, describe, and modify Elastic Network Interfaces on your behalf. More information on the AWS VPC CNI Plugin is available here: https://github.com/aws/amazon-vpc-cni-k8s */
AwsManagedPolicy.AmazonEKSCNIPolicy = 'AmazonEKS_CNI_Policy';
/** Policy attached to the EKS Cluster Role that grants permissions to manage the cluster's block storage resources. */
AwsManagedPolicy.AmazonEKSBlockStoragePolicy = 'AmazonEKSBlockStoragePolicy';
/** Policy attached to the EKS Cluster Role that grants permissions to manage the cluster's block storage resources. */
AwsManagedPolicy.AmazonEKSBlockStoragePolicyV2 = 'AmazonEKSBlockStoragePolicyV2';
/** This policy provides Kubernetes the permissions it requires to manage resources on your behalf. Kubernetes requires Ec2:CreateTags permissions to place identifying information on EC2 resources including but not limited to Instances, Security Groups, and Elastic Network Interfaces. */
AwsManagedPolicy.AmazonEKSClusterPolicy = 'AmazonEKSClusterPolicy';
/** Policy attached to the EKS Cluster Role that grants permissions to manage the cluster's compute resources. */
AwsManagedPolicy.AmazonEKSComputePolicy = 'AmazonEKSComputePolicy';
/** This policy allows Amazon EKS to manage AWS resources for EKS connector */
AwsManagedPolicy.AmazonEKSConnectorServiceRolePolicy = 'aws-service-role/AmazonEKSConnectorServiceRolePolicy';
/** Provides read only access to view the dashboard in the Amazon EKS console. The dashboard aggregates information about multiple clusters and related resources using AWS Organizations. */
AwsManagedPolicy.AmazonEKSDashboardConsoleReadOnly = 'AmazonEKSDashboardConsoleReadOnly';
/** This policy enables the Amazon EKS Dashboard to access and display organization-wide information. The policy allows the EKS Dashboard service to gather information about your AWS Organizations structure and accounts. */
AwsManagedPolicy.AmazonEKSDashboardServiceRolePolicy = 'aws-service-role/AmazonEKSDashboardServiceRolePolicy';
/** Provides access to other AWS service resources that are required to run Amazon EKS pods on AWS Fargate */
AwsManagedPolicy.AmazonEKSFargatePodExecutionRolePolicy = 'AmazonEKSFargatePodExecutionRolePolicy';
/** This policy grants necessary permissions to Amazon EKS to run fargate tasks */
AwsManagedPolicy.AmazonEKSForFargateServiceRolePolicy = 'aws-service-role/AmazonEKSForFargateServiceRolePolicy';
/** Policy attached to the EKS Cluster Role that grants permissions to manage the cluster's load balancing resources. */
AwsManagedPolicy.AmazonEKSLoadBalancingPolicy = 'AmazonEKSLoadBalancingPolicy';
/** This policy provides permissions to EKS local cluster's control-plane instances running in your account to manage resources on your behalf. */
AwsManagedPolicy.AmazonEKSLocalOutpostClusterPolicy = 'AmazonEKSLocalOutpostClusterPolicy';
/** Allows Amazon EKS Local to call AWS services on your behalf. */
AwsManagedPolicy.AmazonEKSLocalOutpostServiceRolePolicy = 'aws-service-role/AmazonEKSLocalOutpostServiceRolePolicy';
/** Provides read-only access to the Amazon EKS MCP service. This policy grants permissions to use only read-only tools in the EKS MCP service meant for observability, troubleshooting, retrieving EKS resource information, and getting EKS-optimized suggestions. */
AwsManagedPolicy.AmazonEKSMCPReadOnlyAccess = 'AmazonEKSMCPReadOnlyAccess';
/** Policy attached to the EKS Cluster Role that grants permissions to manage the cluster's networking resources. */
AwsManagedPolicy.AmazonEKSNetworkingPolicy = 'AmazonEKSNetworkingPolicy';
/** This policy allows Amazon Elastic Container Service for Kubernetes to create and manage the necessary resources to operate EKS Clusters. */
AwsManagedPolicy.AmazonEKSServicePolicy = 'AmazonEKSServicePolicy';
/** A Service-Linked Role required for Amazon EKS to call AWS services on your behalf. */
AwsManagedPolicy.AmazonEKSServiceRolePolicy = 'aws-service-role/AmazonEKSServiceRolePolicy';
/** Policy used by VPC Resource Controller to manage ENI and IPs for worker nodes. */
AwsManagedPolicy.AmazonEKSVPCResourceController = 'AmazonEKSVPCResourceController';
/** This policy allows Amazon EKS worker nodes to connect to Amazon EKS Clusters. */
AwsManagedPolicy.AmazonEKSWorkerNodeMinimalPolicy = 'AmazonEKSWorkerNodeMinimalPolicy';
/** This policy allows Amazon EKS worker nodes to connect to Amazon EKS Clusters. */
AwsManagedPolicy.AmazonEKSWorkerNodePolicy = 'AmazonEKSWorkerNodePolicy';
/** Provides full access to Amazon ElastiCache via the AWS Management Console. */
AwsManagedPolicy.AmazonElastiCacheFullAccess = 'AmazonElastiCacheFullAccess';
/** Provides read only access to Amazon ElastiCache via the AWS Management Console. */
AwsManagedPolicy.AmazonElastiCacheReadOnlyAccess = 'AmazonElastiCacheReadOnlyAccess';
/** Provides administrative access to Amazon ECR Public resources */
AwsManagedPolicy.AmazonElasticContainerRegistryPublicFullAccess = 'AmazonElasticContainerRegistryPublicFullAccess';
/** Provides full access to Amazon ECR Public repositories, but does not allow repository deletion or policy changes. */
AwsManagedPolicy.AmazonElasticContainerRegistryPublicPowerUser = 'AmazonElasticContainerRegistryPublicPowerUser';
/** Provides read-only access to Amazon ECR Public repositories. */
AwsManagedPolicy.AmazonElasticContainerRegistryPublicReadOnly = 'AmazonElasticContainerRegistryPublicReadOnly';
/** Provides root client access to an Amazon EFS file system */
AwsManagedPolicy.AmazonElasticFileSystemClientFullAccess = 'AmazonElasticFileSystemClientFullAccess';
/** Provides read only client access to an Amazon EFS file system */
AwsManagedPolicy.AmazonElasticFileSystemClientReadOnlyAccess = 'AmazonElasticFileSystemClientReadOnlyAccess';
/** Provides read and write client access to an Amazon EFS file system */
AwsManagedPolicy.AmazonElasticFileSystemClientReadWriteAccess = 'AmazonElasticFileSystemClientReadWriteAccess';
/** Provides full access to Amazon EFS via the AWS Management Console. */
AwsManagedPolicy.AmazonElasticFileSystemFullAccess = 'AmazonElasticFileSystemFullAccess';
/** Provides read only access to Amazon EFS via the AWS Management Console. */
AwsManagedPolicy.AmazonElasticFileSystemReadOnlyAccess = 'AmazonElasticFileSystemReadOnlyAccess';
/** Allows Amazon Elastic File System to manage AWS resources on your behalf */
AwsManagedPolicy.AmazonElasticFileSystemServiceRolePolicy = 'aws-service-role/AmazonElasticFileSystemServiceRolePolicy';
/** Allows customers to use AWS Systems Manager to automatically manage Amazon EFS utilities (amazon-efs-utils) package on their EC2 instances, and use CloudWatchLog to get EFS file system mount success/failure notifications. */
AwsManagedPolicy.AmazonElasticFileSystemsUtils = 'AmazonElasticFileSystemsUtils';
/** Default policy for the Amazon Elastic MapReduce Editors service role. */
AwsManagedPolicy.AmazonElasticMapReduceEditorsRole = 'service-role/AmazonElasticMapReduceEditorsRole';
/** Amazon Elastic MapReduce for Auto Scaling. Role to allow Auto Scaling to add and remove instances from your EMR cluster. */
AwsManagedPolicy.AmazonElasticMapReduceforAutoScalingRole = 'service-role/AmazonElasticMapReduceforAutoScalingRole';
/** Default policy for the Amazon Elastic MapReduce for EC2 service role. */
AwsManagedPolicy.AmazonElasticMapReduceforEC2Role = 'service-role/AmazonElasticMapReduceforEC2Role';
/** This policy is on a deprecation path. See documentation for guidance: https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-iam-policies.html. Provides full access to Amazon Elastic MapReduce and underlying services that it requires such as EC2 and S3 */
AwsManagedPolicy.AmazonElasticMapReduceFullAccess = 'AmazonElasticMapReduceFullAccess';
/** Policy to allow EMR to create, describe and delete EC2 placement groups. */
AwsManagedPolicy.AmazonElasticMapReducePlacementGroupPolicy = 'AmazonElasticMapReducePlacementGroupPolicy';
/** Provides read only access to Amazon Elastic MapReduce via the AWS Management Console. */
AwsManagedPolicy.AmazonElasticMapReduceReadOnlyAccess = 'AmazonElasticMapReduceReadOnlyAccess';
/** This policy is on a deprecation path. See documentation for guidance: https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-iam-policies.html.  Default policy for the Amazon Elastic MapReduce service role. */
AwsManagedPolicy.AmazonElasticMapReduceRole = 'service-role/AmazonElasticMapReduceRole';
/** Allow Amazon Elasticsearch Service to access other AWS services such as EC2 Networking APIs on your behalf. */
AwsManagedPolicy.AmazonElasticsearchServiceRolePolicy = 'aws-service-role/AmazonElasticsearchServiceRolePolicy';
/** Grants users full access to Elastic Transcoder and the access to associated services that is required for full Elastic Transcoder functionality. */
AwsManagedPolicy.AmazonElasticTranscoderFullAccess = 'AmazonElasticTranscoder_FullAccess';
/** Grants users permission to change presets, submit jobs, and view Elastic Transcoder settings. This policy also grants some read-only access to some other services required to use the Elastic Transcode console, including S3, IAM, and SNS. */
AwsManagedPolicy.AmazonElasticTranscoderJobsSubmitter = 'AmazonElasticTranscoder_JobsSubmitter';
/** Grants users read-only access to Elastic Transcoder and list access to related services. */
AwsManagedPolicy.AmazonElasticTranscoderReadOnlyAccess = 'AmazonElasticTranscoder_ReadOnlyAccess';
/** Default policy for the Amazon Elastic Transcoder service role. */
AwsManagedPolicy.AmazonElasticTranscoderRole = 'service-role/AmazonElasticTranscoderRole';
/** Allows the actions that EMR requires to terminate and delete AWS EC2 resources if the EMR Service role has lost that ability. */
AwsManagedPolicy.AmazonEMRCleanupPolicy = 'aws-service-role/AmazonEMRCleanupPolicy';
/** Allows access to other AWS service resources that are required to run Amazon EMR */
AwsManagedPolicy.AmazonEMRContainersServiceRolePolicy = 'aws-service-role/AmazonEMRContainersServiceRolePolicy';
/** Provides full access to Amazon EMR */
AwsManagedPolicy.AmazonEMRFullAccessPolicyV2 = 'AmazonEMRFullAccessPolicy_v2';
/** Provides read only access to Amazon EMR and the associated CloudWatch Metrics. */
AwsManagedPolicy.AmazonEMRReadOnlyAccessPolicyV2 = 'AmazonEMRReadOnlyAccessPolicy_v2';
/** Allows access to other AWS service resources that are required to run Amazon EMRServerless */
AwsManagedPolicy.AmazonEMRServerlessServiceRolePolicy = 'aws-service-role/AmazonEMRServerlessServiceRolePolicy';
/** This policy is used for the Amazon EMR Service Role and should NOT be used for any other IAM users or roles in your account. The policy grants permissions to create and manage resources associated with EMR and related services necessary for the operation of your EMR cluster. */
AwsManagedPolicy.AmazonEMRServicePolicyV2 = 'service-role/AmazonEMRServicePolicy_v2';
/** Provides permissions to provision and manage Network Load Balancers, VPC endpoint services, and security groups required for Amazon EMR Spark Connect interactive sessions on EMR on EC2 clusters. */
AwsManagedPolicy.AmazonEMRServicePolicyForSessions = 'service-role/AmazonEMRServicePolicyForSessions';
/** Provides limited access to the Amazon Cognito configuration service. */
AwsManagedPolicy.AmazonESCognitoAccess = 'AmazonESCognitoAccess';
/** Provides full access to the Amazon ES configuration service. */
AwsManagedPolicy.AmazonESFullAccess = 'AmazonESFullAccess';
/** Provides read-only access to the Amazon ES configuration service. */
AwsManagedPolicy.AmazonESReadOnlyAccess = 'AmazonESReadOnlyAccess';
/** Allows EventBridge to access Secret Manager resources on your behalf. */
AwsManagedPolicy.AmazonEventBridgeApiDestinationsServiceRolePolicy = 'aws-service-role/AmazonEventBridgeApiDestinationsServiceRolePolicy';
/** Provides full access to Amazon EventBridge. */
AwsManagedPolicy.AmazonEventBridgeFullAccess = 'AmazonEventBridgeFullAccess';
/** Provides full access to Amazon EventBridge Pipes. */
AwsManagedPolicy.AmazonEventBridgePipesFullAccess = 'AmazonEventBridgePipesFullAccess';
/** Provides read-only and operator (ability to Stop and Start running Pipes) access to Amazon EventBridge Pipes. */
AwsManagedPolicy.AmazonEventBridgePipesOperatorAccess = 'AmazonEventBridgePipesOperatorAccess';
/** Provides read-only access to Amazon EventBridge Pipes. */
AwsManagedPolicy.AmazonEventBridgePipesReadOnlyAccess = 'AmazonEventBridgePipesReadOnlyAccess';
/** Provides read only access to Amazon EventBridge. */
AwsManagedPolicy.AmazonEventBridgeReadOnlyAccess = 'AmazonEventBridgeReadOnlyAccess';
/** The AmazonEventBridgeSchedulerFullAccess managed policy grants permissions to use all EventBridge Scheduler actions for schedules, and schedule groups. */
AwsManagedPolicy.AmazonEventBridgeSchedulerFullAccess = 'AmazonEventBridgeSchedulerFullAccess';
/** The AmazonEventBridgeSchedulerReadOnlyAccess managed policy grants read-only permissions to view details about your schedules and schedule groups */
AwsManagedPolicy.AmazonEventBridgeSchedulerReadOnlyAccess = 'AmazonEventBridgeSchedulerReadOnlyAccess';
/** Provides full access to Amazon EventBridge Schemas. */
AwsManagedPolicy.AmazonEventBridgeSchemasFullAccess = 'AmazonEventBridgeSchemasFullAccess';
/** Provides read only access to Amazon EventBridge Schemas. */
AwsManagedPolicy.AmazonEventBridgeSchemasReadOnlyAccess = 'AmazonEventBridgeSchemasReadOnlyAccess';
/** Grants permissions to Managed Rules created by Amazon EventBridge schemas. */
AwsManagedPolicy.AmazonEventBridgeSchemasServiceRolePolicy = 'aws-service-role/AmazonEventBridgeSchemasServiceRolePolicy';
/** Grants permissions to EVS to manage resources on your behalf */
AwsManagedPolicy.AmazonEVSServiceRolePolicy = 'aws-service-role/AmazonEVSServiceRolePolicy';
/** Policy to enable AWS FIS to manage monitoring and resource selection for experiments. */
AwsManagedPolicy.AmazonFISServiceRolePolicy = 'aws-service-role/AmazonFISServiceRolePolicy';
/** Gives access to all actions for Amazon Forecast */
AwsManagedPolicy.AmazonForecastFullAccess = 'AmazonForecastFullAccess';
/** Gives access to all actions for Amazon Fraud Detector */
AwsManagedPolicy.AmazonFraudDetectorFullAccessPolicy = 'AmazonFraudDetectorFullAccessPolicy';
/** Full Access Policy for Amazon FreeRTOS */
AwsManagedPolicy.AmazonFreeRTOSFullAccess = 'AmazonFreeRTOSFullAccess';
/** Allows user to access Amazon FreeRTOS OTA Update */
AwsManagedPolicy.AmazonFreeRTOSOTAUpdate = 'service-role/AmazonFreeRTOSOTAUpdate';
/** Provides full access to Amazon FSx and access to related AWS services via the AWS Management Console. */
AwsManagedPolicy.AmazonFSxConsoleFullAccess = 'AmazonFSxConsoleFullAccess';
/** Provides read only access to Amazon FSx and access to related AWS services via the AWS Management Console. */
AwsManagedPolicy.AmazonFSxConsoleReadOnlyAccess = 'AmazonFSxConsoleReadOnlyAccess';
/** Provides full access to Amazon FSx and access to related AWS services. */
AwsManagedPolicy.AmazonFSxFullAccess = 'AmazonFSxFullAccess';
/** Provides read only access to Amazon FSx. */
AwsManagedPolicy.AmazonFSxReadOnlyAccess = 'AmazonFSxReadOnlyAccess';
/** Allows Amazon FSx to manage AWS resources on your behalf */
AwsManagedPolicy.AmazonFSxServiceRolePolicy = 'aws-service-role/AmazonFSxServiceRolePolicy';
/** Provides full access to Amazon Glacier via the AWS Management Console. */
AwsManagedPolicy.AmazonGlacierFullAccess = 'AmazonGlacierFullAccess';
/** Provides read only access to Amazon Glacier via the AWS Management Console. */
AwsManagedPolicy.AmazonGlacierReadOnlyAccess = 'AmazonGlacierReadOnlyAccess';
/** This policy grants access to Amazon Athena and the dependencies needed to enable querying and writing results to s3 from the Amazon Athena plugin in Amazon Grafana. */
AwsManagedPolicy.AmazonGrafanaAthenaAccess = 'service-role/AmazonGrafanaAthenaAccess';
/** This policy grants access to Amazon CloudWatch and the dependencies needed to use CloudWatch as a datasource within Amazon Managed Grafana. */
AwsManagedPolicy.AmazonGrafanaCloudWatchAccess = 'service-role/AmazonGrafanaCloudWatchAccess';
/** This policy grants scoped access to Amazon Redshift and the dependencies needed to use the Amazon Redshift plugin in Amazon Grafana. */
AwsManagedPolicy.AmazonGrafanaRedshiftAccess = 'service-role/AmazonGrafanaRedshiftAccess';
/** Provides access to AWS Resources managed or used by Amazon Grafana. */
AwsManagedPolicy.AmazonGrafanaServiceLinkedRolePolicy = 'aws-service-role/AmazonGrafanaServiceLinkedRolePolicy';
/** Provides full access to use Amazon GuardDuty */
AwsManagedPolicy.AmazonGuardDutyFullAccessV2 = 'AmazonGuardDutyFullAccess_v2';
/** GuardDuty malware protection uses the service-linked role (SLR) named AWSServiceRoleForAmazonGuardDutyMalwareProtection. This service-linked role allows GuardDuty malware protection to perform agent-less scans to detect malware. It allows GuardDuty to create snapshots in your account, and share the snapshots with the GuardDuty service account to scan for malware. It evaluates these shared snapshots and includes the retrieved EC2 instance metadata in the GuardDuty Malware Protection findings. The AWSServiceRoleForAmazonGuardDutyMalwareProtection service-linked role trusts the malware-protection.guardduty.amazonaws.com service to assume the role. */
AwsManagedPolicy.AmazonGuardDutyMalwareProtectionServiceRolePolicy = 'aws-service-role/AmazonGuardDutyMalwareProtectionServiceRolePolicy';
/** Provides read only access to Amazon GuardDuty resources */
AwsManagedPolicy.AmazonGuardDutyReadOnlyAccess = 'AmazonGuardDutyReadOnlyAccess';
/** Enable access to AWS Resources used or managed by Amazon Guard Duty */
AwsManagedPolicy.AmazonGuardDutyServiceRolePolicy = 'aws-service-role/AmazonGuardDutyServiceRolePolicy';
/** Provides full access to Amazon HealthLake service. */
AwsManagedPolicy.AmazonHealthLakeFullAccess = 'AmazonHealthLakeFullAccess';
/** Provides read only access to Amazon HealthLake service. */
AwsManagedPolicy.AmazonHealthLakeReadOnlyAccess = 'AmazonHealthLakeReadOnlyAccess';
/** Provides full access to Honeycode via the AWS Management Console and the SDK. */
AwsManagedPolicy.AmazonHoneycodeFullAccess = 'AmazonHoneycodeFullAccess';
/** Provides read only access to Honeycode via the AWS Management Console and the SDK. */
AwsManagedPolicy.AmazonHoneycodeReadOnlyAccess = 'AmazonHoneycodeReadOnlyAccess';
/** A service-linked role required for Amazon Honeycode to access your resources. */
AwsManagedPolicy.AmazonHoneycodeServiceRolePolicy = 'aws-service-role/AmazonHoneycodeServiceRolePolicy';
/** Provides full access to Honeycode Team Association via the AWS Management Console and the SDK. */
AwsManagedPolicy.AmazonHoneycodeTeamAssociationFullAccess = 'AmazonHoneycodeTeamAssociationFullAccess';
/** Provides read only access to Honeycode Team Association via the AWS Management Console and the SDK. */
AwsManagedPolicy.AmazonHoneycodeTeamAssociationReadOnlyAccess = 'AmazonHoneycodeTeamAssociationReadOnlyAccess';
/** Provides full access to Honeycode Workbook via the AWS Management Console and the SDK. */
AwsManagedPolicy.AmazonHoneycodeWorkbookFullAccess = 'AmazonHoneycodeWorkbookFullAccess';
/** Provides read only access to Honeycode Workbook via the AWS Management Console and the SDK. */
AwsManagedPolicy.AmazonHoneycodeWorkbookReadOnlyAccess = 'AmazonHoneycodeWorkbookReadOnlyAccess';
/** Grants Amazon Inspector access to AWS Services needed to perform agent-less security assessments */
AwsManagedPolicy.AmazonInspector2AgentlessServiceRolePolicy = 'aws-service-role/AmazonInspector2AgentlessServiceRolePolicy';
/** Grants Amazon Inspector access to AWS Services needed to perform security assessments for AMI */
AwsManagedPolicy.AmazonInspector2AmiScanServiceRolePolicy = 'aws-service-role/AmazonInspector2AmiScanServiceRolePolicy';
/** Provides full access to Amazon Inspector and access to other related services such as organizations. */
AwsManagedPolicy.AmazonInspector2FullAccess = 'AmazonInspector2FullAccess';
/** Provides full access to Amazon Inspector and access to other related services such as organizations with restrictive organizational access. */
AwsManagedPolicy.AmazonInspector2FullAccessV2 = 'AmazonInspector2FullAccess_v2';
/** This is a managed policy that customer should attach to their roles to communicate with inspector service for CIS scans */
AwsManagedPolicy.AmazonInspector2ManagedCisPolicy = 'AmazonInspector2ManagedCisPolicy';
/** Grants permissions to communicate with Inspector2 Telemetry Channel */
AwsManagedPolicy.AmazonInspector2ManagedTelemetryPolicy = 'AmazonInspector2ManagedTelemetryPolicy';
/** Provides read only access to the Amazon inspector2 service and relevant support services */
AwsManagedPolicy.AmazonInspector2ReadOnlyAccess = 'AmazonInspector2ReadOnlyAccess';
/** Grants Amazon Inspector access to AWS Services needed to perform security assessments */
AwsManagedPolicy.AmazonInspector2ServiceRolePolicy = 'aws-service-role/AmazonInspector2ServiceRolePolicy';
/** Grants permissions for Amazon Inspector to perform actions on your behalf for multi-cloud resource scanning. */
AwsManagedPolicy.AmazonInspector2ThirdPartyServiceRolePolicy = 'aws-service-role/AmazonInspector2ThirdPartyServiceRolePolicy';
/** Provides full access to Amazon Inspector. */
AwsManagedPolicy.AmazonInspectorFullAccess = 'AmazonInspectorFullAccess';
/** Provides read only access to Amazon Inspector. */
AwsManagedPolicy.AmazonInspectorReadOnlyAccess = 'AmazonInspectorReadOnlyAccess';
/** Grants Amazon Inspector access to AWS Services needed to perform security assessments */
AwsManagedPolicy.AmazonInspectorServiceRolePolicy = 'aws-service-role/AmazonInspectorServiceRolePolicy';
/** Provides full access to Amazon Kendra via the AWS Management Console. */
AwsManagedPolicy.AmazonKendraFullAccess = 'AmazonKendraFullAccess';
/** Provides read only access to Amazon Kendra via the AWS Management Console. */
AwsManagedPolicy.AmazonKendraReadOnlyAccess = 'AmazonKendraReadOnlyAccess';
/** Provide full access to Amazon Keyspaces */
AwsManagedPolicy.AmazonKeyspacesFullAccess = 'AmazonKeyspacesFullAccess';
/** Provide read only access to Amazon Keyspaces */
AwsManagedPolicy.AmazonKeyspacesReadOnlyAccess = 'AmazonKeyspacesReadOnlyAccess';
/** Provide read only access to Amazon Keyspaces and related AWS services. */
AwsManagedPolicy.AmazonKeyspacesReadOnlyAccessV2 = 'AmazonKeyspacesReadOnlyAccess_v2';
/** Provides full access to Amazon Kinesis Analytics via the AWS Management Console. */
AwsManagedPolicy.AmazonKinesisAnalyticsFullAccess = 'AmazonKinesisAnalyticsFullAccess';
/** Provides read-only access to Amazon Kinesis Analytics via the AWS Management Console. */
AwsManagedPolicy.AmazonKinesisAnalyticsReadOnly = 'AmazonKinesisAnalyticsReadOnly';
/** Provides full access to all Amazon Kinesis Firehose Delivery Streams. */
AwsManagedPolicy.AmazonKinesisFirehoseFullAccess = 'AmazonKinesisFirehoseFullAccess';
/** Provides read only access to all Amazon Kinesis Firehose Delivery Streams. */
AwsManagedPolicy.AmazonKinesisFirehoseReadOnlyAccess = 'AmazonKinesisFirehoseReadOnlyAccess';
/** Provides full access to all streams via the AWS Management Console. */
AwsManagedPolicy.AmazonKinesisFullAccess = 'AmazonKinesisFullAccess';
/** Provides read only access to all streams via the AWS Management Console. */
AwsManagedPolicy.AmazonKinesisReadOnlyAccess = 'AmazonKinesisReadOnlyAccess';
/** Provides full access to Amazon Kinesis Video Streams via the AWS Management Console. */
AwsManagedPolicy.AmazonKinesisVideoStreamsFullAccess = 'AmazonKinesisVideoStreamsFullAccess';
/** Provides read only access to AWS Kinesis Video Streams via the AWS Management Console. */
AwsManagedPolicy.AmazonKinesisVideoStreamsReadOnlyAccess = 'AmazonKinesisVideoStreamsReadOnlyAccess';
/** Full access to AWS Launch wizard and other required services. */
AwsManagedPolicy.AmazonLaunchWizardFullAccessV2 = 'AmazonLaunchWizardFullAccessV2';
/** This policy allows customers to call Lex runtime from channels */
AwsManagedPolicy.AmazonLexChannelsAccess = 'aws-service-role/AmazonLexChannelsAccess';
/** Provides full access to Amazon Lex via the AWS Management Console.  Also provides access to create Lex Service Linked Roles and grant Lex permissions to invoke a limited set of Lambda functions. */
AwsManagedPolicy.AmazonLexFullAccess = 'AmazonLexFullAccess';
/** Provides read-only access to Amazon Lex. */
AwsManagedPolicy.AmazonLexReadOnly = 'AmazonLexReadOnly';
/** Allows Amazon Lex to replicate Lex resources across regions on your behalf. */
AwsManagedPolicy.AmazonLexReplicationPolicy = 'aws-service-role/AmazonLexReplicationPolicy';
/** Provides access to Amazon Lex conversational APIs. */
AwsManagedPolicy.AmazonLexRunBotsOnly = 'AmazonLexRunBotsOnly';
/** Provides Lex V2 bots access to call other AWS services on your behalf. */
AwsManagedPolicy.AmazonLexV2BotPolicy = 'aws-service-role/AmazonLexV2BotPolicy';
/** Provides full access to Amazon Lookout for Equipment operations */
AwsManagedPolicy.AmazonLookoutEquipmentFullAccess = 'AmazonLookoutEquipmentFullAccess';
/** Provides read only access to Amazon Lookout for Equipments */
AwsManagedPolicy.AmazonLookoutEquipmentReadOnlyAccess = 'AmazonLookoutEquipmentReadOnlyAccess';
/** Gives access to all actions for Amazon Lookout for Metrics */
AwsManagedPolicy.AmazonLookoutMetricsFullAccess = 'AmazonLookoutMetricsFullAccess';
/** Gives access to all read-only actions for Amazon Lookout for Metrics */
AwsManagedPolicy.AmazonLookoutMetricsReadOnlyAccess = 'AmazonLookoutMetricsReadOnlyAccess';
/** Provides full access to Amazon Lookout for Vision and scoped access to required service and console dependencies. */
AwsManagedPolicy.AmazonLookoutVisionConsoleFullAccess = 'AmazonLookoutVisionConsoleFullAccess';
/** Provides read only access to Amazon Lookout for Vision and scoped access to required service and console dependencies. */
AwsManagedPolicy.AmazonLookoutVisionConsoleReadOnlyAccess = 'AmazonLookoutVisionConsoleReadOnlyAccess';
/** Provides full access to Amazon Lookout for Vision and scoped access to required dependencies. */
AwsManagedPolicy.AmazonLookoutVisionFullAccess = 'AmazonLookoutVisionFullAccess';
/** Provides read only access to Amazon Lookout for Vision and scoped access to required dependencies. */
AwsManagedPolicy.AmazonLookoutVisionReadOnlyAccess = 'AmazonLookoutVisionReadOnlyAccess';
/** Grants users permission to request Amazon Machine Learning batch predictions. */
AwsManagedPolicy.AmazonMachineLearningBatchPredictionsAccess = 'AmazonMachineLearningBatchPredictionsAccess';
/** Provides create access for non-prediction Amazon Machine Learning resources. */
AwsManagedPolicy.AmazonMachineLearningCreateOnlyAccess = 'AmazonMachineLearningCreateOnlyAccess';
/** Provides full access to Amazon Machine Learning resources. */
AwsManagedPolicy.AmazonMachineLearningFullAccess = 'AmazonMachineLearningFullAccess';
/** Grants users permission to create and delete the real-time endpoint for Amazon Machine Learning models. */
AwsManagedPolicy.AmazonMachineLearningManageRealTimeEndpointOnlyAccess = 'AmazonMachineLearningManageRealTimeEndpointOnlyAccess';
/** Provides read only access to Amazon Machine Learning resources. */
AwsManagedPolicy.AmazonMachineLearningReadOnlyAccess = 'AmazonMachineLearningReadOnlyAccess';
/** Grants users permission to request Amazon Machine Learning real-time predictions. */
AwsManagedPolicy.AmazonMachineLearningRealTimePredictionOnlyAccess = 'AmazonMachineLearningRealTimePredictionOnlyAccess';
/** Allows Machine Learning to configure and use your Redshift Clusters and S3 Staging Locations for Redshift Data Source. */
AwsManagedPolicy.AmazonMachineLearningRoleforRedshiftDataSourceV3 = 'service-role/AmazonMachineLearningRoleforRedshiftDataSourceV3';
/** Provides full access to Amazon Macie. */
AwsManagedPolicy.AmazonMacieFullAccess = 'AmazonMacieFullAccess';
/** Grants permission to create the service-linked role of Amazon Macie. */
AwsManagedPolicy.AmazonMacieHandshakeRole = 'service-role/AmazonMacieHandshakeRole';
/** Provides readonly access to Amazon Macie. */
AwsManagedPolicy.AmazonMacieReadOnlyAccess = 'AmazonMacieReadOnlyAccess';
/** Grants Macie read-only access to resource dependencies in your account in order to enable data analysis. */
AwsManagedPolicy.AmazonMacieServiceRole = 'service-role/AmazonMacieServiceRole';
/** Service linked role for Amazon Macie */
AwsManagedPolicy.AmazonMacieServiceRolePolicy = 'aws-service-role/AmazonMacieServiceRolePolicy';
/** Provides full access to Amazon Managed Blockchain via the AWS Management Console */
AwsManagedPolicy.AmazonManagedBlockchainConsoleFullAccess = 'AmazonManagedBlockchainConsoleFullAccess';
/** Provides full access to Amazon Managed Blockchain. */
AwsManagedPolicy.AmazonManagedBlockchainFullAccess = 'AmazonManagedBlockchainFullAccess';
/** Provides read-only access to Amazon Managed Blockchain. */
AwsManagedPolicy.AmazonManagedBlockchainReadOnlyAccess = 'AmazonManagedBlockchainReadOnlyAccess';
/** Enables access to AWS Services and Resources used or managed by Amazon Managed Blockchain */
AwsManagedPolicy.AmazonManagedBlockchainServiceRolePolicy = 'aws-service-role/AmazonManagedBlockchainServiceRolePolicy';
/** Provide full access to Amazon Managed Apache Cassandra Service */
AwsManagedPolicy.AmazonMCSFullAccess = 'AmazonMCSFullAccess';
/** Provide read only access to Amazon Managed Apache Cassandra Service */
AwsManagedPolicy.AmazonMCSReadOnlyAccess = 'AmazonMCSReadOnlyAccess';
/** Provides full access to all APIs in Amazon Mechanical Turk. */
AwsManagedPolicy.AmazonMechanicalTurkFullAccess = 'AmazonMechanicalTurkFullAccess';
/** Provides access to read only APIs in Amazon Mechanical Turk. */
AwsManagedPolicy.AmazonMechanicalTurkReadOnly = 'AmazonMechanicalTurkReadOnly';
/** Provides full access to Amazon MemoryDB via the AWS Management Console. */
AwsManagedPolicy.AmazonMemoryDBFullAccess = 'AmazonMemoryDBFullAccess';
/** Provides read only access to Amazon MemoryDB via the AWS Management Console. */
AwsManagedPolicy.AmazonMemoryDBReadOnlyAccess = 'AmazonMemoryDBReadOnlyAccess';
/** Provides read only access to all reports including financial data for all application resources. */
AwsManagedPolicy.AmazonMobileAnalyticsFinancialReportAccess = 'AmazonMobileAnalyticsFinancialReportAccess';
/** Provides full access to all application resources. */
AwsManagedPolicy.AmazonMobileAnalyticsFullAccess = 'AmazonMobileAnalyticsFullAccess';
/** Provides read only access to non financial reports for all application resources. */
AwsManagedPolicy.AmazonMobileAnalyticsNonFinancialReportAccess = 'AmazonMobileAnalyticsNon-financialReportAccess';
/** Provides write only access to put event data for all application resources. (Recommended for SDK integration) */
AwsManagedPolicy.AmazonMobileAnalyticsWriteOnlyAccess = 'AmazonMobileAnalyticsWriteOnlyAccess';
/** Provides full access to manage Amazon Monitron */
AwsManagedPolicy.AmazonMonitronFullAccess = 'AmazonMonitronFullAccess';
/** Provides full access to AmazonMQ via our API/SDK. */
AwsManagedPolicy.AmazonMQApiFullAccess = 'AmazonMQApiFullAccess';
/** Provides read only access to AmazonMQ via our API/SDK. */
AwsManagedPolicy.AmazonMQApiReadOnlyAccess = 'AmazonMQApiReadOnlyAccess';
/** Provides full access to AmazonMQ via the AWS Management Console. */
AwsManagedPolicy.AmazonMQFullAccess = 'AmazonMQFullAccess';
/** Provides read only access to AmazonMQ via the AWS Management Console. */
AwsManagedPolicy.AmazonMQReadOnlyAccess = 'AmazonMQReadOnlyAccess';
/** Service Linked Role Policy for AWS Amazon MQ */
AwsManagedPolicy.AmazonMQServiceRolePolicy = 'aws-service-role/AmazonMQServiceRolePolicy';
/** Provide readonly access to Amazon MSK Connect */
AwsManagedPolicy.AmazonMSKConnectReadOnlyAccess = 'AmazonMSKConnectReadOnlyAccess';
/** Provide full access to Amazon MSK and other required permissions for its dependencies. */
AwsManagedPolicy.AmazonMSKFullAccess = 'AmazonMSKFullAccess';
/** Provide readonly access to Amazon MSK */
AwsManagedPolicy.AmazonMSKReadOnlyAccess = 'AmazonMSKReadOnlyAccess';
/** Provides access to Amazon Airflow Serverless Service to manage networking for your workflows and access other AWS services on your behalf */
AwsManagedPolicy.AmazonMWAAServerlessServiceRolePolicy = 'aws-service-role/AmazonMWAAServerlessServiceRolePolicy';
/** The Service Linked Role used by Amazon Managed Workflows for Apache Airflow. */
AwsManagedPolicy.AmazonMWAAServiceRolePolicy = 'aws-service-role/AmazonMWAAServiceRolePolicy';
/** This policy grants access to resources needed by Nimble Studio Launch Profile workers. Attach this policy to EC2 instances created by Nimble Studio Builder. */
AwsManagedPolicy.AmazonNimbleStudioLaunchProfileWorker = 'AmazonNimbleStudio-LaunchProfileWorker';
/** This policy grants access to Amazon Nimble Studio resources associated with the studio admin and related studio resources in other services. Attach this policy to the Admin role associated with your studio. */
AwsManagedPolicy.AmazonNimbleStudioStudioAdmin = 'AmazonNimbleStudio-StudioAdmin';
/** This policy grants access to Amazon Nimble Studio resources associated with the studio user and related studio resources in other services. Attach this policy to the User role associated with your studio. */
AwsManagedPolicy.AmazonNimbleStudioStudioUser = 'AmazonNimbleStudio-StudioUser';
/** Provides administrative access to manage Autonomous Database resources in Oracle Database@AWS. */
AwsManagedPolicy.AmazonODBAutonomousDatabaseAdmin = 'job-function/AmazonODBAutonomousDatabaseAdmin';
/** Provides administrative access to manage Autonomous VM cluster resources in Oracle Database@AWS */
AwsManagedPolicy.AmazonODBAutonomousVmClusterAdmin = 'job-function/AmazonODBAutonomousVmClusterAdmin';
/** Provides administrative access to manage Exadata Infrastructure resources in Oracle Database@AWS */
AwsManagedPolicy.AmazonODBExadataInfrastructureAdmin = 'job-function/AmazonODBExadataInfrastructureAdmin';
/** Provides administrative access to manage Exadata VM cluster resources in Oracle Database@AWS. */
AwsManagedPolicy.AmazonODBExadataVmClusterAdmin = 'job-function/AmazonODBExadataVmClusterAdmin';
/** Provides administrative access to manage Exascale storage vault resources in Oracle Database@AWS. */
AwsManagedPolicy.AmazonODBExascaleStorageVaultAdmin = 'job-function/AmazonODBExascaleStorageVaultAdmin';
/** Provides administrative access to manage Exascale VM cluster resources in Oracle Database@AWS. */
AwsManagedPolicy.AmazonODBExascaleVmClusterAdmin = 'job-function/AmazonODBExascaleVmClusterAdmin';
/** Provides full access to resources in Oracle Database@AWS */
AwsManagedPolicy.AmazonODBFullAccess = 'AmazonODBFullAccess';
/** Provides administrative access to networking resources for Oracle Database@AWS */
AwsManagedPolicy.AmazonODBNetworkAdmin = 'job-function/AmazonODBNetworkAdmin';
/** Provides read-only access to Oracle Database@AWS resources */
AwsManagedPolicy.AmazonODBReadOnlyAccess = 'AmazonODBReadOnlyAccess';
/** Allows Oracle Database@AWS to manage AWS resources on your behalf. */
AwsManagedPolicy.AmazonODBServiceRolePolicy = 'aws-service-role/AmazonODBServiceRolePolicy';
/** Provides full access to Amazon Omics and other required AWS Services. This policy allows the user to view and accept RAM share invitations to access resources outside of the user's AWS account. */
AwsManagedPolicy.AmazonOmicsFullAccess = 'AmazonOmicsFullAccess';
/** Provide read only access to Amazon Omics */
AwsManagedPolicy.AmazonOmicsReadOnlyAccess = 'AmazonOmicsReadOnlyAccess';
/** This policy grants administrative permissions that allow access to all Amazon One Enterprise resources and operations. */
AwsManagedPolicy.AmazonOneEnterpriseFullAccess = 'AmazonOneEnterpriseFullAccess';
/** This policy grants limited read and write permissions that allow device installation and activation. */
AwsManagedPolicy.AmazonOneEnterpriseInstallerAccess = 'AmazonOneEnterpriseInstallerAccess';
/** This policy grants read only permissions to all Amazon One Enterprise resources and operations. */
AwsManagedPolicy.AmazonOneEnterpriseReadOnlyAccess = 'AmazonOneEnterpriseReadOnlyAccess';
/** Provides access to Amazon OpenSearch Dashboards Service to access other AWS services such as CloudWatch on your behalf */
AwsManagedPolicy.AmazonOpenSearchDashboardsServiceRolePolicy = 'aws-service-role/AmazonOpenSearchDashboardsServiceRolePolicy';
/** Allows OpenSearch DirectQuery Service to access AWS Glue APIs for creating resources on your behalf. */
AwsManagedPolicy.AmazonOpenSearchDirectQueryGlueCreateAccess = 'AmazonOpenSearchDirectQueryGlueCreateAccess';
/** Allows Amazon OpenSearch Ingestion to access other AWS services on your behalf. */
AwsManagedPolicy.AmazonOpenSearchIngestionFullAccess = 'AmazonOpenSearchIngestionFullAccess';
/** Provides read only access to the Amazon OpenSearch Ingestion Service */
AwsManagedPolicy.AmazonOpenSearchIngestionReadOnlyAccess = 'AmazonOpenSearchIngestionReadOnlyAccess';
/** Allows Amazon OpenSearch Ingestion Service to access other AWS services on your behalf. */
AwsManagedPolicy.AmazonOpenSearchIngestionServiceRolePolicy = 'aws-service-role/AmazonOpenSearchIngestionServiceRolePolicy';
/** Allow Amazon OpenSearch Serverless to access other AWS services such as CloudWatch APIs on your behalf. */
AwsManagedPolicy.AmazonOpenSearchServerlessServiceRolePolicy = 'aws-service-role/AmazonOpenSearchServerlessServiceRolePolicy';
/** Provides access to the Amazon Cognito configuration service. */
AwsManagedPolicy.AmazonOpenSearchServiceCognitoAccess = 'AmazonOpenSearchServiceCognitoAccess';
/** Provides full access to the Amazon OpenSearch Service configuration service. */
AwsManagedPolicy.AmazonOpenSearchServiceFullAccess = 'AmazonOpenSearchServiceFullAccess';
/** Provides read-only access to the Amazon OpenSearch Service configuration service. */
AwsManagedPolicy.AmazonOpenSearchServiceReadOnlyAccess = 'AmazonOpenSearchServiceReadOnlyAccess';
/** Allow Amazon OpenSearch Service to access other AWS services such as EC2 Networking APIs on your behalf. */
AwsManagedPolicy.AmazonOpenSearchServiceRolePolicy = 'aws-service-role/AmazonOpenSearchServiceRolePolicy';
/** Provides full access to Amazon Personalize via the AWS Management Console and SDK. Also provides select access to related services (e.g., S3, CloudWatch). */
AwsManagedPolicy.AmazonPersonalizeFullAccess = 'service-role/AmazonPersonalizeFullAccess';
/** Grants full access to Amazon Polly service and resources. */
AwsManagedPolicy.AmazonPollyFullAccess = 'AmazonPollyFullAccess';
/** Grants read-only access to Amazon Polly resources. */
AwsManagedPolicy.AmazonPollyReadOnlyAccess = 'AmazonPollyReadOnlyAccess';
/** Grants full access to AWS Managed Prometheus resources in the AWS console */
AwsManagedPolicy.AmazonPrometheusConsoleFullAccess = 'AmazonPrometheusConsoleFullAccess';
/** Grants full access to AWS Managed Prometheus resources */
AwsManagedPolicy.AmazonPrometheusFullAccess = 'AmazonPrometheusFullAccess';
/** Grants access to run queries against AWS Managed Prometheus resources */
AwsManagedPolicy.AmazonPrometheusQueryAccess = 'AmazonPrometheusQueryAccess';
/** Grants write only access to AWS Managed Prometheus workspaces */
AwsManagedPolicy.AmazonPrometheusRemoteWriteAccess = 'AmazonPrometheusRemoteWriteAccess';
/** Provides access to AWS Resources managed or used by Amazon Managed Service for Prometheus Collector */
AwsManagedPolicy.AmazonPrometheusScraperServiceRolePolicy = 'aws-service-role/AmazonPrometheusScraperServiceRolePolicy';
/** Provides developer access to enable interactions with Amazon Q */
AwsManagedPolicy.AmazonQDeveloperAccess = 'AmazonQDeveloperAccess';
/** Provides full access to enable interactions with Amazon Q */
AwsManagedPolicy.AmazonQFullAccess = 'AmazonQFullAccess';
/** Provides full access to Amazon QLDB via the AWS Management Console. */
AwsManagedPolicy.AmazonQLDBConsoleFullAccess = 'AmazonQLDBConsoleFullAccess';
/** Provides full access to Amazon QLDB via the service API. */
AwsManagedPolicy.AmazonQLDBFullAccess = 'AmazonQLDBFullAccess';
/** Provides read only access to Amazon QLDB. */
AwsManagedPolicy.AmazonQLDBReadOnly = 'AmazonQLDBReadOnly';
/** Allows Amazon RDS to manage AWS resources on your behalf. */
AwsManagedPolicy.AmazonRDSBetaServiceRolePolicy = 'aws-service-role/AmazonRDSBetaServiceRolePolicy';
/** Allows Amazon RDS Custom to perform various automation actions and database management tasks through an EC2 instance profile. */
AwsManagedPolicy.AmazonRDSCustomInstanceProfileRolePolicy = 'AmazonRDSCustomInstanceProfileRolePolicy';
/** Amazon RDS Custom Preview Service Role Policy */
AwsManagedPolicy.AmazonRDSCustomPreviewServiceRolePolicy = 'aws-service-role/AmazonRDSCustomPreviewServiceRolePolicy';
/** Allows Amazon RDS Custom to manage AWS resources on your behalf. */
AwsManagedPolicy.AmazonRDSCustomServiceRolePolicy = 'aws-service-role/AmazonRDSCustomServiceRolePolicy';
/** Allows full access to use the RDS data APIs, secret store APIs for RDS database credentials, and DB console query management APIs to execute SQL statements on Aurora Serverless clusters in the AWS account. */
AwsManagedPolicy.AmazonRDSDataFullAccess = 'AmazonRDSDataFullAccess';
/** Allow RDS to access Directory Service Managed AD on behalf of the customer for domain-joined SQL Server DB instances. */
AwsManagedPolicy.AmazonRDSDirectoryServiceAccess = 'service-role/AmazonRDSDirectoryServiceAccess';
/** Provides access to Cloudwatch for RDS Enhanced Monitoring */
AwsManagedPolicy.AmazonRDSEnhancedMonitoringRole = 'service-role/AmazonRDSEnhancedMonitoringRole';
/** Provides full access to Amazon RDS via the AWS Management Console. */
AwsManagedPolicy.AmazonRDSFullAccess = 'AmazonRDSFullAccess';
/** Provides full access to RDS Performance Insights via the AWS Management Console */
AwsManagedPolicy.AmazonRDSPerformanceInsightsFullAccess = 'AmazonRDSPerformanceInsightsFullAccess';
/** Read-Only policy for RDS Performance Insights */
AwsManagedPolicy.AmazonRDSPerformanceInsightsReadOnly = 'AmazonRDSPerformanceInsightsReadOnly';
/** Amazon RDS Preview Service Role Policy */
AwsManagedPolicy.AmazonRDSPreviewServiceRolePolicy = 'aws-service-role/AmazonRDSPreviewServiceRolePolicy';
/** Provides read only access to Amazon RDS via the AWS Management Console. */
AwsManagedPolicy.AmazonRDSReadOnlyAccess = 'AmazonRDSReadOnlyAccess';
/** Allows Amazon RDS to manage AWS resources on your behalf. */
AwsManagedPolicy.AmazonRDSServiceRolePolicy = 'aws-service-role/AmazonRDSServiceRolePolicy';
/** This policy includes permissions to run SQL commands to copy, load, unload, query, and analyze data on Amazon Redshift. The policy also grants permissions to run select statements for related services, such as Amazon S3, Amazon CloudWatch logs, Amazon SageMaker, or AWS Glue. */
AwsManagedPolicy.AmazonRedshiftAllCommandsFullAccess = 'AmazonRedshiftAllCommandsFullAccess';
/** This policy provides full access to Amazon Redshift Data APIs. This policy also grants scoped access to other required services. */
AwsManagedPolicy.AmazonRedshiftDataFullAccess = 'AmazonRedshiftDataFullAccess';
/** This is an ease-of-use policy for running queries with Amazon Redshift Federated Authorization */
AwsManagedPolicy.AmazonRedshiftFederatedAuthorization = 'AmazonRedshiftFederatedAuthorization';
/** Provides full access to Amazon Redshift via the AWS Management Console. */
AwsManagedPolicy.AmazonRedshiftFullAccess = 'AmazonRedshiftFullAccess';
/** Provides full access to the Amazon Redshift Query Editor and to saved queries via the AWS Management Console. */
AwsManagedPolicy.AmazonRedshiftQueryEditor = 'AmazonRedshiftQueryEditor';
/** Grants full access to the Amazon Redshift Query Editor V2 operations and resources. This policy also grants access to other required services. This includes permissions to list the Amazon Redshift clusters, read keys and aliases in AWS KMS and manage the Query Editor V2 secrets in AWS Secrets Manager. */
AwsManagedPolicy.AmazonRedshiftQueryEditorV2FullAccess = 'AmazonRedshiftQueryEditorV2FullAccess';
/** Grants the ability to work with Amazon Redshift Query Editor V2 without sharing resources. The granted principal can only read, update and delete its own resources but cannot share them. This policy also grants access to other required services. This includes permissions to list the Amazon Redshift clusters and manage the Query Editor V2 secrets of the principal in AWS Secrets Manager. */
AwsManagedPolicy.AmazonRedshiftQueryEditorV2NoSharing = 'AmazonRedshiftQueryEditorV2NoSharing';
/** Grants the ability to work with Amazon Redshift Query Editor V2 with limited sharing of resources. The granted principal can read, write and share its own resources. The granted principal can read the resources shared with its team but cannot update them. This policy also grants access to other required services. This includes permissions to list the Amazon Redshift clusters and manage the Query Editor V2 secrets of the principal in AWS Secrets Manager. */
AwsManagedPolicy.AmazonRedshiftQueryEditorV2ReadSharing = 'AmazonRedshiftQueryEditorV2ReadSharing';
/** Grants the ability to work with Amazon Redshift Query Editor V2 with sharing of resources. The granted principal can read, write and share its own resources. The granted principal can read and update the resources shared with its team. This policy also grants access to other required services. This includes permissions to list the Amazon Redshift clusters and manage the Query Editor V2 secrets of the principal in AWS Secrets Manager. */
AwsManagedPolicy.AmazonRedshiftQueryEditorV2ReadWriteSharing = 'AmazonRedshiftQueryEditorV2ReadWriteSharing';
/** Provides read only access to Amazon Redshift via the AWS Management Console. */
AwsManagedPolicy.AmazonRedshiftReadOnlyAccess = 'AmazonRedshiftReadOnlyAccess';
/** Allows Amazon Redshift to call AWS services on your behalf */
AwsManagedPolicy.AmazonRedshiftServiceLinkedRolePolicy = 'aws-service-role/AmazonRedshiftServiceLinkedRolePolicy';
/** This policy specifies rekognition and s3 permissions required by Amazon Rekognition Custom Labels feature. */
AwsManagedPolicy.AmazonRekognitionCustomLabelsFullAccess = 'AmazonRekognitionCustomLabelsFullAccess';
/** Access to all Amazon Rekognition APIs */
AwsManagedPolicy.AmazonRekognitionFullAccess = 'AmazonRekognitionFullAccess';
/** Access to all Read rekognition APIs */
AwsManagedPolicy.AmazonRekognitionReadOnlyAccess = 'AmazonRekognitionReadOnlyAccess';
/** Allows Rekognition to call AWS services on your behalf. */
AwsManagedPolicy.AmazonRekognitionServiceRole = 'service-role/AmazonRekognitionServiceRole';
/** Provides full access to all Route 53 Auto Naming actions. */
AwsManagedPolicy.AmazonRoute53AutoNamingFullAccess = 'AmazonRoute53AutoNamingFullAccess';
/** Provides read-only access to all Route 53 Auto Naming actions. */
AwsManagedPolicy.AmazonRoute53AutoNamingReadOnlyAccess = 'AmazonRoute53AutoNamingReadOnlyAccess';
/** Provides registrant level access to Route 53 Auto Naming actions. */
AwsManagedPolicy.AmazonRoute53AutoNamingRegistrantAccess = 'AmazonRoute53AutoNamingRegistrantAccess';
/** Provides full access to all Route53 Domains actions and Create Hosted Zone to allow Hosted Zone creation as part of domain registrations. */
AwsManagedPolicy.AmazonRoute53DomainsFullAccess = 'AmazonRoute53DomainsFullAccess';
/** Provides access to Route53 Domains list and actions. */
AwsManagedPolicy.AmazonRoute53DomainsReadOnlyAccess = 'AmazonRoute53DomainsReadOnlyAccess';
/** Provides full access to all Amazon Route 53 via the AWS Management Console. */
AwsManagedPolicy.AmazonRoute53FullAccess = 'AmazonRoute53FullAccess';
/** Provides full access to retrieve, list, create, update, and delete all Amazon Route 53 Global Resolver resources. */
AwsManagedPolicy.AmazonRoute53GlobalResolverFullAccess = 'AmazonRoute53GlobalResolverFullAccess';
/** Provides read only access to retrieve and list all Amazon Route 53 Global Resolver resources. */
AwsManagedPolicy.AmazonRoute53GlobalResolverReadOnlyAccess = 'AmazonRoute53GlobalResolverReadOnlyAccess';
/** This policy grants full access to Amazon Route 53 Profile resources. */
AwsManagedPolicy.AmazonRoute53ProfilesFullAccess = 'AmazonRoute53ProfilesFullAccess';
/** This policy grants read-only access to Amazon Route 53 Profile resources. */
AwsManagedPolicy.AmazonRoute53ProfilesReadOnlyAccess = 'AmazonRoute53ProfilesReadOnlyAccess';
/** Provides read only access to all Amazon Route 53 via the AWS Management Console. */
AwsManagedPolicy.AmazonRoute53ReadOnlyAccess = 'AmazonRoute53ReadOnlyAccess';
/** Provides full access to Amazon Route 53 Recovery Cluster */
AwsManagedPolicy.AmazonRoute53RecoveryClusterFullAccess = 'AmazonRoute53RecoveryClusterFullAccess';
/** Provides read only access to Amazon Route 53 Recovery Cluster */
AwsManagedPolicy.AmazonRoute53RecoveryClusterReadOnlyAccess = 'AmazonRoute53RecoveryClusterReadOnlyAccess';
/** Provides full access to Amazon Route 53 Recovery Control Config */
AwsManagedPolicy.AmazonRoute53RecoveryControlConfigFullAccess = 'AmazonRoute53RecoveryControlConfigFullAccess';
/** Provides read only access to Amazon Route 53 Recovery Control Config */
AwsManagedPolicy.AmazonRoute53RecoveryControlConfigReadOnlyAccess = 'AmazonRoute53RecoveryControlConfigReadOnlyAccess';
/** Provides full access to Amazon Route 53 Recovery Readiness */
AwsManagedPolicy.AmazonRoute53RecoveryReadinessFullAccess = 'AmazonRoute53RecoveryReadinessFullAccess';
/** Provides read only access to Amazon Route 53 Recovery Readiness */
AwsManagedPolicy.AmazonRoute53RecoveryReadinessReadOnlyAccess = 'AmazonRoute53RecoveryReadinessReadOnlyAccess';
/** Full access policy for Route 53 Resolver */
AwsManagedPolicy.AmazonRoute53ResolverFullAccess = 'AmazonRoute53ResolverFullAccess';
/** Read only policy for Route 53 Resolver */
AwsManagedPolicy.AmazonRoute53ResolverReadOnlyAccess = 'AmazonRoute53ResolverReadOnlyAccess';
/** Provides full access to all S3 directory buckets. */
AwsManagedPolicy.AmazonS3ExpressFullAccess = 'AmazonS3ExpressFullAccess';
/** Provides read only access to S3Express operations for S3 directory buckets. */
AwsManagedPolicy.AmazonS3ExpressReadOnlyAccess = 'AmazonS3ExpressReadOnlyAccess';
/** Provides root client access to an S3 Files file system. */
AwsManagedPolicy.AmazonS3FilesClientFullAccess = 'AmazonS3FilesClientFullAccess';
/** Provides read only client access to an S3 Files file system. */
AwsManagedPolicy.AmazonS3FilesClientReadOnlyAccess = 'AmazonS3FilesClientReadOnlyAccess';
/** Provides read and write client access to an S3 Files file system. */
AwsManagedPolicy.AmazonS3FilesClientReadWriteAccess = 'AmazonS3FilesClientReadWriteAccess';
/** Provides management access to Amazon S3 Files resources */
AwsManagedPolicy.AmazonS3FilesCSIDriverPolicy = 'service-role/AmazonS3FilesCSIDriverPolicy';
/** Provides full access to all S3 Files via the AWS Management Console. */
AwsManagedPolicy.AmazonS3FilesFullAccess = 'AmazonS3FilesFullAccess';
/** Provides read only access to all S3 Files via the AWS Management Console. */
AwsManagedPolicy.AmazonS3FilesReadOnlyAccess = 'AmazonS3FilesReadOnlyAccess';
/** Provides full access to all buckets via the AWS Management Console. */
AwsManagedPolicy.AmazonS3FullAccess = 'AmazonS3FullAccess';
/** Provides AWS Lambda functions permissions to interact with Amazon S3 Object Lambda. Also grants Lambda permissions to write to CloudWatch Logs. */
AwsManagedPolicy.AmazonS3ObjectLambdaExecutionRolePolicy = 'service-role/AmazonS3ObjectLambdaExecutionRolePolicy';
/** Provides full access to Amazon S3 on Outposts via the AWS Management Console. */
AwsManagedPolicy.AmazonS3OutpostsFullAccess = 'AmazonS3OutpostsFullAccess';
/** Provides read only access to Amazon S3 on Outposts via the AWS Management Console. */
AwsManagedPolicy.AmazonS3OutpostsReadOnlyAccess = 'AmazonS3OutpostsReadOnlyAccess';
/** Provides read only access to all buckets via the AWS Management Console. */
AwsManagedPolicy.AmazonS3ReadOnlyAccess = 'AmazonS3ReadOnlyAccess';
/** Provides full access to all S3 table buckets. */
AwsManagedPolicy.AmazonS3TablesFullAccess = 'AmazonS3TablesFullAccess';
/** This managed policy grants AWS Lake Formation permissions to act on all table buckets, namespaces, and tables within the account. */
AwsManagedPolicy.AmazonS3TablesLakeFormationServiceRole = 'service-role/AmazonS3TablesLakeFormationServiceRole';
/** Provides read only access to all S3 table buckets. */
AwsManagedPolicy.AmazonS3TablesReadOnlyAccess = 'AmazonS3TablesReadOnlyAccess';
/** Service role policy used by the AWS Service Catalog service to provision products from Amazon SageMaker portfolio of products. Grants permissions to a set of related services including CodePipeline, CodeBuild, CodeCommit, Glue, CloudFormation, etc,. */
AwsManagedPolicy.AmazonSageMakerAdminServiceCatalogProductsServiceRolePolicy = 'AmazonSageMakerAdmin-ServiceCatalogProductsServiceRolePolicy';
/** Provides permissions for Amazon SageMaker Canvas to use AI services to support ready to use AI solutions. This policy will add more mutating permissions for services as Amazon SageMaker Canvas adds support. */
AwsManagedPolicy.AmazonSageMakerCanvasAIServicesAccess = 'AmazonSageMakerCanvasAIServicesAccess';
/** This policy grants permissions to use Amazon Bedrock in SageMaker Canvas by providing access to downstream services such as S3. */
AwsManagedPolicy.AmazonSageMakerCanvasBedrockAccess = 'AmazonSageMakerCanvasBedrockAccess';
/** Provides full access to Amazon SageMaker resources and operations for data preparation in Canvas. The policy also provides select access to related services (e.g., S3, IAM, KMS, RDS, CloudWatch Logs, Redshift, Athena, Glue, EventBridge, Secrets Manager). This policy should be attached to the Amazon SageMaker Domain/User Profile execution role. */
AwsManagedPolicy.AmazonSageMakerCanvasDataPrepFullAccess = 'AmazonSageMakerCanvasDataPrepFullAccess';
/** Allows Amazon SageMaker Canvas to create, manage and view endpoint details for endpoints created through Canvas. Allows Amazon SageMaker Canvas to retrieve endpoint invocation metrics from CloudWatch. */
AwsManagedPolicy.AmazonSageMakerCanvasDirectDeployAccess = 'service-role/AmazonSageMakerCanvasDirectDeployAccess';
/** This policy grants permissions to Amazon EMR Serverless for services such as S3, used by Amazon SageMaker Canvas for large data processing. */
AwsManagedPolicy.AmazonSageMakerCanvasEMRServerlessExecutionRolePolicy = 'AmazonSageMakerCanvasEMRServerlessExecutionRolePolicy';
/** This policy grants permissions commonly needed to use SageMaker Canvas with Amazon Forecast. */
AwsManagedPolicy.AmazonSageMakerCanvasForecastAccess = 'service-role/AmazonSageMakerCanvasForecastAccess';
/** Provides full access to Amazon SageMaker Canvas resources and operations. The policy also provides select access to related services (e.g., S3, IAM, VPC, ECR, CloudWatch Logs, Redshift, Secrets Manager, and Forecast). This policy should be attached to the Amazon SageMaker Domain/User Profile execution role. */
AwsManagedPolicy.AmazonSageMakerCanvasFullAccess = 'AmazonSageMakerCanvasFullAccess';
/** Provides permissions for Amazon SageMaker Canvas to use the SageMaker Data Science Assistant service. The Data Science Assistant currently uses both Amazon SageMaker and Amazon Q Developer to process user prompts. */
AwsManagedPolicy.AmazonSageMakerCanvasSMDataScienceAssistantAccess = 'AmazonSageMakerCanvasSMDataScienceAssistantAccess';
/** This policy grants permissions to Amazon SageMaker Capacity Reservations to publish CloudWatch metrics into customer accounts for utilization visibility. */
AwsManagedPolicy.AmazonSageMakerCapacityReservationServiceRolePolicy = 'aws-service-role/AmazonSageMakerCapacityReservationServiceRolePolicy';
/** This policy grants permissions commonly needed to use Amazon SageMaker Cluster. */
AwsManagedPolicy.AmazonSageMakerClusterInstanceRolePolicy = 'AmazonSageMakerClusterInstanceRolePolicy';
/** Managed policy for Service Linked Role for Amazon SageMaker Core Services */
AwsManagedPolicy.AmazonSageMakerCoreServiceRolePolicy = 'aws-service-role/AmazonSageMakerCoreServiceRolePolicy';
/** Provides permissions necessary for SageMaker Edge to create and manage a device fleet for the customer using the default cloud connection. */
AwsManagedPolicy.AmazonSageMakerEdgeDeviceFleetPolicy = 'service-role/AmazonSageMakerEdgeDeviceFleetPolicy';
/** Provides permissions required to enable the offline store for an Amazon SageMaker FeatureStore feature group. */
AwsManagedPolicy.AmazonSageMakerFeatureStoreAccess = 'AmazonSageMakerFeatureStoreAccess';
/** Provides full access to Amazon SageMaker via the AWS Management Console and SDK. Also provides select access to related services (e.g., S3, ECR, CloudWatch Logs). */
AwsManagedPolicy.AmazonSageMakerFullAccess = 'AmazonSageMakerFullAccess';
/** This policy provide access to services that are commonly needed to use SageMaker geospatial. */
AwsManagedPolicy.AmazonSageMakerGeospatialExecutionRole = 'service-role/AmazonSageMakerGeospatialExecutionRole';
/** This policy grants permissions that allow full access to Amazon SageMaker Geospatial through the AWS Management Console and SDK. */
AwsManagedPolicy.AmazonSageMakerGeospatialFullAccess = 'service-role/AmazonSageMakerGeospatialFullAccess';
/** Provides access to AWS services that are required to run SageMaker GroundTruth Labeling job */
AwsManagedPolicy.AmazonSageMakerGroundTruthExecution = 'AmazonSageMakerGroundTruthExecution';
/** This Amazon Managed Policy provides the necessary permissions for SageMaker HyperPod to access gated models in SageMaker Jumpstart. It allows creating presigned URLs for hub content in the SageMaker Public Hub. */
AwsManagedPolicy.AmazonSageMakerHyperPodGatedModelAccess = 'AmazonSageMakerHyperPodGatedModelAccess';
/** This policy provides administrative privileges required for setting up the SageMaker HyperPod inference operator. It enables the inference operator to access AWS networking resources, Amazon S3, Amazon ECR, Amazon CloudWatch, AWS Certificate Manager, and SageMaker resources necessary to deploy and manage inference workloads on HyperPod clusters */
AwsManagedPolicy.AmazonSageMakerHyperPodInferenceAccess = 'AmazonSageMakerHyperPodInferenceAccess';
/** This policy provides the permissions required to set up and operate the SageMaker HyperPod inference gateway. It enables the gateway to manage AWS Certificate Manager (ACM) certificates for TLS termination when deploying and serving inference workloads on HyperPod clusters. */
AwsManagedPolicy.AmazonSageMakerHyperPodInferenceGatewayAccess = 'AmazonSageMakerHyperPodInferenceGatewayAccess';
/** This policy provides administrative privileges required for setting up SageMaker HyperPod observability. It enables access to Amazon Managed Prometheus, Amazon Managed Grafana and EKS Addons. The policy also includes broad access to Grafana HTTP APIs through ServiceAccountTokens across all Amazon Managed Grafana workspaces in your account. */
AwsManagedPolicy.AmazonSageMakerHyperPodObservabilityAdminAccess = 'AmazonSageMakerHyperPodObservabilityAdminAccess';
/** This policy grants permissions to Amazon SageMaker HyperPod to related AWS services such as Amazon EKS, Amazon CloudWatch etc. */
AwsManagedPolicy.AmazonSageMakerHyperPodServiceRolePolicy = 'aws-service-role/AmazonSageMakerHyperPodServiceRolePolicy';
/** This policy provides administrative permissions required to set up the SageMaker HyperPod training operator. It enables access to Amazon SageMaker HyperPod and EKS add-ons. The policy includes permissions to describe the SageMaker HyperPod resources in your account. */
AwsManagedPolicy.AmazonSageMakerHyperPodTrainingOperatorAccess = 'AmazonSageMakerHyperPodTrainingOperatorAccess';
/** Managed policy for Service Linked Role for Amazon SageMaker Inference. */
AwsManagedPolicy.AmazonSageMakerInferenceServiceRolePolicy = 'aws-service-role/AmazonSageMakerInferenceServiceRolePolicy';
/** Provides permissions for Amazon SageMaker job execution roles to access data in Amazon S3, invoke agents through Amazon Bedrock AgentCore, track experiments with MLflow, publish model packages, write logs to Amazon CloudWatch, invoke AWS Lambda functions, and manage Amazon VPC network interfaces. */
AwsManagedPolicy.AmazonSageMakerJobFullAccess = 'AmazonSageMakerJobFullAccess';
/** Provides permissions for agent runtimes to invoke the Amazon SageMaker job runtime APIs used during model customization for sample generation, trajectory completion, and reward submission. */
AwsManagedPolicy.AmazonSageMakerJobRuntimeAccess = 'AmazonSageMakerJobRuntimeAccess';
/** Provides access to create Amazon Augmented AI FlowDefinition resources against any Workteam. */
AwsManagedPolicy.AmazonSageMakerMechanicalTurkAccess = 'AmazonSageMakerMechanicalTurkAccess';
/** Grants permissions for SageMaker model customization workflows including serverless training, custom reward function for reinforcement learning, model evaluation, and deployment to SageMaker or Bedrock endpoints. */
AwsManagedPolicy.AmazonSageMakerModelCustomizationCoreAccess = 'AmazonSageMakerModelCustomizationCoreAccess';
/** This AWS managed policy grants permissions needed to use all Amazon SageMaker Governance features. The policy also provides select access to related services (e.g., S3, KMS). */
AwsManagedPolicy.AmazonSageMakerModelGovernanceUseAccess = 'AmazonSageMakerModelGovernanceUseAccess';
/** This is a new managed policy for Model Registry in Sagemaker. This policy is a standalone policy that can be attached to the user role to access Model Registry related functionalities in Sagemaker. */
AwsManagedPolicy.AmazonSageMakerModelRegistryFullAccess = 'AmazonSageMakerModelRegistryFullAccess';
/** Managed policy for Service Linked Role for Amazon SageMaker Notebooks */
AwsManagedPolicy.AmazonSageMakerNotebooksServiceRolePolicy = 'aws-service-role/AmazonSageMakerNotebooksServiceRolePolicy';
/** Enables Amazon SageMaker partner app users to access applications, list available applications, launch application web UIs, and connect via the application SDK. */
AwsManagedPolicy.AmazonSageMakerPartnerAppsFullAccess = 'AmazonSageMakerPartnerAppsFullAccess';
/** Service role policy used by the AWS APIGateway within the AWS ServiceCatalog provisioned products from Amazon SageMaker portfolio of products. Grants permissions to a set of related services including Lambda and others. */
AwsManagedPolicy.AmazonSageMakerPartnerServiceCatalogProductsApiGatewayServiceRolePolicy = 'service-role/AmazonSageMakerPartnerServiceCatalogProductsApiGatewayServiceRolePolicy';
/** Service role policy used by the AWS CloudFormation within the AWS ServiceCatalog provisioned products from Amazon SageMaker portfolio of products. Grants permissions to a subset of related services including Lambda, APIGateway and others. */
AwsManagedPolicy.AmazonSageMakerPartnerServiceCatalogProductsCloudFormationServiceRolePolicy = 'service-role/AmazonSageMakerPartnerServiceCatalogProductsCloudFormationServiceRolePolicy';
/** Service role policy used by the AWS Lambda within the AWS ServiceCatalog provisioned products from Amazon SageMaker portfolio of products. Grants permissions to a set of related services including Secrets Manager and others. */
AwsManagedPolicy.AmazonSageMakerPartnerServiceCatalogProductsLambdaServiceRolePolicy = 'service-role/AmazonSageMakerPartnerServiceCatalogProductsLambdaServiceRolePolicy';
/** This Amazon Managed Policy grants permissions commonly needed for use with Callback steps and Lambda steps in SageMaker Model Building Pipelines. It is added to the AmazonSageMaker-ExecutionRole that can be created when setting up SageMaker Studio. It can also be attached to any other role that will be used for authoring or executing pipelines. */
AwsManagedPolicy.AmazonSageMakerPipelinesIntegrations = 'AmazonSageMakerPipelinesIntegrations';
/** This policy will be used By SageMaker Unified Studios to create VPC related resources for QuickSight */
AwsManagedPolicy.AmazonSageMakerQuickSightVPCPolicy = 'service-role/AmazonSageMakerQuickSightVPCPolicy';
/** Provides read only access to Amazon SageMaker via the AWS Management Console and SDK. */
AwsManagedPolicy.AmazonSageMakerReadOnly = 'AmazonSageMakerReadOnly';
/** Service role policy used by the AWS APIGateway within the AWS ServiceCatalog provisioned products from Amazon SageMaker portfolio of products. Grants permissions to a set of related services including CloudWatch Logs and others. */
AwsManagedPolicy.AmazonSageMakerServiceCatalogProductsApiGatewayServiceRolePolicy = 'service-role/AmazonSageMakerServiceCatalogProductsApiGatewayServiceRolePolicy';
/** Service role policy used by the AWS CloudFormation within the AWS ServiceCatalog provisioned products from Amazon SageMaker portfolio of products. Grants permissions to a subset of related services including SageMaker and others. */
AwsManagedPolicy.AmazonSageMakerServiceCatalogProductsCloudformationServiceRolePolicy = 'service-role/AmazonSageMakerServiceCatalogProductsCloudformationServiceRolePolicy';
/** Service role policy used by the AWS CodeBuild within the AWS ServiceCatalog provisioned products from Amazon SageMaker portfolio of products. Grants permissions to a subset of related services including CodePipeline, CodeBuild and others. */
AwsManagedPolicy.AmazonSageMakerServiceCatalogProductsCodeBuildServiceRolePolicy = 'AmazonSageMakerServiceCatalogProductsCodeBuildServiceRolePolicy';
/** Service role policy used by the AWS CodePipeline within the AWS ServiceCatalog provisioned products from Amazon SageMaker portfolio of products. Grants permissions to a subset of related services including CodePipeline, CodeBuild and others. */
AwsManagedPolicy.AmazonSageMakerServiceCatalogProductsCodePipelineServiceRolePolicy = 'service-role/AmazonSageMakerServiceCatalogProductsCodePipelineServiceRolePolicy';
/** Service role policy used by the AWS CloudWatch Events within the AWS ServiceCatalog provisioned products from Amazon SageMaker portfolio of products. Grants permissions to a subset of related services including CodePipeline and others. */
AwsManagedPolicy.AmazonSageMakerServiceCatalogProductsEventsServiceRolePolicy = 'service-role/AmazonSageMakerServiceCatalogProductsEventsServiceRolePolicy';
/** Service role policy used by the AWS Firehose within the AWS ServiceCatalog provisioned products from Amazon SageMaker portfolio of products. Grants permissions to a set of related services including Firehose and others. */
AwsManagedPolicy.AmazonSageMakerServiceCatalogProductsFirehoseServiceRolePolicy = 'service-role/AmazonSageMakerServiceCatalogProductsFirehoseServiceRolePolicy';
/** Service role policy used by the AWS Glue within the AWS ServiceCatalog provisioned products from Amazon SageMaker portfolio of products. Grants permissions to a set of related services including Glue, S3 and others. */
AwsManagedPolicy.AmazonSageMakerServiceCatalogProductsGlueServiceRolePolicy = 'service-role/AmazonSageMakerServiceCatalogProductsGlueServiceRolePolicy';
/** Service role policy used by the AWS Lambda within the AWS ServiceCatalog provisioned products from Amazon SageMaker portfolio of products. Grants permissions to a set of related services including ECR, S3 and others. */
AwsManagedPolicy.AmazonSageMakerServiceCatalogProductsLambdaServiceRolePolicy = 'service-role/AmazonSageMakerServiceCatalogProductsLambdaServiceRolePolicy';
/** Grants Systems Manager activation, session management, and KMS key operations permissions required for the SageMaker Spaces Addon to enable secure remote access to EKS SageMaker Spaces. */
AwsManagedPolicy.AmazonSageMakerSpacesControllerPolicy = 'AmazonSageMakerSpacesControllerPolicy';
/** Grants Systems KMS key operations permissions required for the SageMaker Spaces Router to enable secure remote access to EKS SageMaker Spaces. */
AwsManagedPolicy.AmazonSageMakerSpacesRouterPolicy = 'AmazonSageMakerSpacesRouterPolicy';
/** This Amazon Managed Policy provides the necessary permissions to create and manage SageMaker Training Plans. It allows users to create Training Plans and Reserved Capacities, describe existing Training Plans, and perform search and listing operations. */
AwsManagedPolicy.AmazonSageMakerTrainingPlanCreateAccess = 'AmazonSageMakerTrainingPlanCreateAccess';
/** Provides full access to Amazon Security Lake and related services needed to administer Security Lake. */
AwsManagedPolicy.AmazonSecurityLakeAdministrator = 'AmazonSecurityLakeAdministrator';
/** Policy for Amazon SecurityLake meta store manager lambda which allows the access to cloudwatch, S3, Glue and SQS. */
AwsManagedPolicy.AmazonSecurityLakeMetastoreManager = 'service-role/AmazonSecurityLakeMetastoreManager';
/** Amazon Security Lake creates IAM roles for third-party custom sources to write data to a data lake and for third-party subscribers to consume data from a data lake, and uses this policy when creating these roles to define the boundary of their permissions. */
AwsManagedPolicy.AmazonSecurityLakePermissionsBoundary = 'AmazonSecurityLakePermissionsBoundary';
/** Provides full access to Amazon SES via the AWS Management Console. */
AwsManagedPolicy.AmazonSESFullAccess = 'AmazonSESFullAccess';
/** Provides read only access to Amazon SES via the AWS Management Console. */
AwsManagedPolicy.AmazonSESReadOnlyAccess = 'AmazonSESReadOnlyAccess';
/** Allows SES to publish Amazon CloudWatch basic monitoring metrics on behalf of your SES resources */
AwsManagedPolicy.AmazonSESServiceRolePolicy = 'aws-service-role/AmazonSESServiceRolePolicy';
/** Provides full access to Amazon SNS via the AWS Management Console. */
AwsManagedPolicy.AmazonSNSFullAccess = 'AmazonSNSFullAccess';
/** Provides read only access to Amazon SNS via the AWS Management Console. */
AwsManagedPolicy.AmazonSNSReadOnlyAccess = 'AmazonSNSReadOnlyAccess';
/** Default policy for Amazon SNS service role. */
AwsManagedPolicy.AmazonSNSRole = 'service-role/AmazonSNSRole';
/** Provides full access to Amazon SQS via the AWS Management Console. */
AwsManagedPolicy.AmazonSQSFullAccess = 'AmazonSQSFullAccess';
/** Provides read only access to Amazon SQS via the AWS Management Console. */
AwsManagedPolicy.AmazonSQSReadOnlyAccess = 'AmazonSQSReadOnlyAccess';
/** Provides access to view automation executions and send approval decisions to automation waiting for approval */
AwsManagedPolicy.AmazonSSMAutomationApproverAccess = 'AmazonSSMAutomationApproverAccess';
/** Provides permissions for EC2 Automation service to execute activities defined within Automation documents */
AwsManagedPolicy.AmazonSSMAutomationRole = 'service-role/AmazonSSMAutomationRole';
/** This policy allows SSM Agent to access Directory Service on behalf of the customer for domain-join the managed instance. */
AwsManagedPolicy.AmazonSSMDirectoryServiceAccess = 'AmazonSSMDirectoryServiceAccess';
/** Provides full access to Amazon SSM. */
AwsManagedPolicy.AmazonSSMFullAccess = 'AmazonSSMFullAccess';
/**  Service Role to be used for EC2 Maintenance Window */
AwsManagedPolicy.AmazonSSMMaintenanceWindowRole = 'service-role/AmazonSSMMaintenanceWindowRole';
/** This policy enables AWS Systems Manager functionality on EC2 instances. */
AwsManagedPolicy.AmazonSSMManagedEC2InstanceDefaultPolicy = 'AmazonSSMManagedEC2InstanceDefaultPolicy';
/** The policy for Amazon EC2 Role to enable AWS Systems Manager service core functionality. */
AwsManagedPolicy.AmazonSSMManagedInstanceCore = 'AmazonSSMManagedInstanceCore';
/** Provide access to child instances for patch association operation. */
AwsManagedPolicy.AmazonSSMPatchAssociation = 'AmazonSSMPatchAssociation';
/** Provides read only access to Amazon SSM. */
AwsManagedPolicy.AmazonSSMReadOnlyAccess = 'AmazonSSMReadOnlyAccess';
/** Provides access to AWS Resources managed or used by Amazon SSM */
AwsManagedPolicy.AmazonSSMServiceRolePolicy = 'aws-service-role/AmazonSSMServiceRolePolicy';
/** Access to all Amazon Textract APIs */
AwsManagedPolicy.AmazonTextractFullAccess = 'AmazonTextractFullAccess';
/** Allows Textract to call AWS services on your behalf. */
AwsManagedPolicy.AmazonTextractServiceRole = 'service-role/AmazonTextractServiceRole';
/** Provides full access to manage Amazon Timestream using the AWS Management Console. Note that this policy also grants permissions for certain KMS operations, and operations to manage your saved queries. If using Customer managed CMK, please refer to documentation for additional permissions needed. */
AwsManagedPolicy.AmazonTimestreamConsoleFullAccess = 'AmazonTimestreamConsoleFullAccess';
/** Provides full access to Amazon Timestream. Note that this policy also grants certain KMS operation access. If using Customer managed CMK, please refer to documentation for additional permissions needed. */
AwsManagedPolicy.AmazonTimestreamFullAccess = 'AmazonTimestreamFullAccess';
/** Provides full administrative access to create, update, delete and list Amazon Timestream InfluxDB instances and create and list parameter groups. Please refer to documentation for additional permissions needed. */
AwsManagedPolicy.AmazonTimestreamInfluxDBFullAccess = 'AmazonTimestreamInfluxDBFullAccess';
/** Provides administrative access to manage Amazon Timestream InfluxDB instances and parameter groups except marketplace operations. */
AwsManagedPolicy.AmazonTimestreamInfluxDBFullAccessWithoutMarketplaceAccess = 'AmazonTimestreamInfluxDBFullAccessWithoutMarketplaceAccess';
/** Provides full administrative access to create, update, delete and list Amazon Timestream InfluxDB instances and create and list parameter groups. Please refer to documentation for additional permissions needed. */
AwsManagedPolicy.AmazonTimestreamInfluxDBServiceRolePolicy = 'aws-service-role/AmazonTimestreamInfluxDBServiceRolePolicy';
/** Provides read only access to Amazon Timestream. Policy also provides permission to cancel any running query. If using Customer managed CMK, please refer to documentation for additional permissions needed. */
AwsManagedPolicy.AmazonTimestreamReadOnlyAccess = 'AmazonTimestreamReadOnlyAccess';
/** Provides full access to Amazon Transcribe operations */
AwsManagedPolicy.AmazonTranscribeFullAccess = 'AmazonTranscribeFullAccess';
/** Provides access to read only operation for Amazon Transcribe */
AwsManagedPolicy.AmazonTranscribeReadOnlyAccess = 'AmazonTranscribeReadOnlyAccess';
/** Provides full access to Verified Permissions */
AwsManagedPolicy.AmazonVerifiedPermissionsFullAccess = 'AmazonVerifiedPermissionsFullAccess';
/** Provides read-only access to the Verified Permissions service. */
AwsManagedPolicy.AmazonVerifiedPermissionsReadOnlyAccess = 'AmazonVerifiedPermissionsReadOnlyAccess';
/** Provides access to create network interfaces and attach them to cross-account resources */
AwsManagedPolicy.AmazonVPCCrossAccountNetworkInterfaceOperations = 'AmazonVPCCrossAccountNetworkInterfaceOperations';
/** Provides full access to Amazon VPC via the AWS Management Console. */
AwsManagedPolicy.AmazonVPCFullAccess = 'AmazonVPCFullAccess';
/** Provides permissions to describe AWS resources, run Network Access Analyzer, and create or delete tags on Network Insights Access Scope and Network Insights Access Scope Analysis. */
AwsManagedPolicy.AmazonVPCNetworkAccessAnalyzerFullAccessPolicy = 'AmazonVPCNetworkAccessAnalyzerFullAccessPolicy';
/** Provides permissions to describe AWS resources, run Reachability Analyzer, and create or delete tags on Network Insights Path and Network Insights Analysis. */
AwsManagedPolicy.AmazonVPCReachabilityAnalyzerFullAccessPolicy = 'AmazonVPCReachabilityAnalyzerFullAccessPolicy';
/** This policy is attached to the role IAMRoleForReachabilityAnalyzerCrossAccountResourceAccess. This role is deployed to the member accounts in an organization when the management account enables trusted access for Reachability Analyzer. It provides permissions to view resources from across your organization using the Reachability Analyzer console. */
AwsManagedPolicy.AmazonVPCReachabilityAnalyzerPathComponentReadPolicy = 'AmazonVPCReachabilityAnalyzerPathComponentReadPolicy';
/** Provides read only access to Amazon VPC via the AWS Management Console. */
AwsManagedPolicy.AmazonVPCReadOnlyAccess = 'AmazonVPCReadOnlyAccess';
/** Provides full access to Amazon WorkDocs via the AWS Management Console */
AwsManagedPolicy.AmazonWorkDocsFullAccess = 'AmazonWorkDocsFullAccess';
/** Provides read only access to Amazon WorkDocs via the AWS Management Console */
AwsManagedPolicy.AmazonWorkDocsReadOnlyAccess = 'AmazonWorkDocsReadOnlyAccess';
/** Enables access to AWS Services and Resources used or managed by Amazon WorkMail Events */
AwsManagedPolicy.AmazonWorkMailEventsServiceRolePolicy = 'aws-service-role/AmazonWorkMailEventsServiceRolePolicy';
/** Provides full access to WorkMail, Directory Service, SES, EC2 and read access to KMS metadata. */
AwsManagedPolicy.AmazonWorkMailFullAccess = 'AmazonWorkMailFullAccess';
/** Full access to the WorkMail Message Flow APIs */
AwsManagedPolicy.AmazonWorkMailMessageFlowFullAccess = 'AmazonWorkMailMessageFlowFullAccess';
/** Read only access to WorkMail messages for the GetRawMessageContent API */
AwsManagedPolicy.AmazonWorkMailMessageFlowReadOnlyAccess = 'AmazonWorkMailMessageFlowReadOnlyAccess';
/** Provides read only access to WorkMail and SES. */
AwsManagedPolicy.AmazonWorkMailReadOnlyAccess = 'AmazonWorkMailReadOnlyAccess';
/** Provides access to Amazon WorkSpaces administrative actions via AWS SDK and CLI. */
AwsManagedPolicy.AmazonWorkSpacesAdmin = 'AmazonWorkSpacesAdmin';
/** Provides administrator access for packaging an application in Amazon WorkSpaces Application Manager. */
AwsManagedPolicy.AmazonWorkSpacesApplicationManagerAdminAccess = 'AmazonWorkSpacesApplicationManagerAdminAccess';
/** This managed policy provides full administrative access to AWS Certificate Manager Private CA resources in your AWS account for certificate-based authentication. */
AwsManagedPolicy.AmazonWorkspacesPCAAccess = 'AmazonWorkspacesPCAAccess';
/** This policy provides AWS WorkSpaces service access to required customer account resources for launching Workspaces Pools */
AwsManagedPolicy.AmazonWorkSpacesPoolServiceAccess = 'AmazonWorkSpacesPoolServiceAccess';
/** Provides read-only access to Amazon WorkSpaces Secure Browser and its dependencies through the AWS Management Console, SDK, and CLI. */
AwsManagedPolicy.AmazonWorkSpacesSecureBrowserReadOnly = 'AmazonWorkSpacesSecureBrowserReadOnly';
/** Provides access to Amazon WorkSpaces backend service to perform Workspace Self Service actions */
AwsManagedPolicy.AmazonWorkSpacesSelfServiceAccess = 'AmazonWorkSpacesSelfServiceAccess';
/** Provides customer account access to AWS WorkSpaces service for launching a Workspace. */
AwsManagedPolicy.AmazonWorkSpacesServiceAccess = 'AmazonWorkSpacesServiceAccess';
/** Provides full access to Amazon WorkSpaces Thin Client as well as limited access to required related services */
AwsManagedPolicy.AmazonWorkSpacesThinClientFullAccess = 'AmazonWorkSpacesThinClientFullAccess';
/** Enables access to AWS Services and Resources used or managed by Amazon WorkSpaces Thin Client Monitoring */
AwsManagedPolicy.AmazonWorkSpacesThinClientMonitoringServiceRolePolicy = 'aws-service-role/AmazonWorkSpacesThinClientMonitoringServiceRolePolicy';
/** Provides read-only access to Amazon WorkSpaces Thin Client and its dependencies */
AwsManagedPolicy.AmazonWorkSpacesThinClientReadOnlyAccess = 'AmazonWorkSpacesThinClientReadOnlyAccess';
/** Provides read-only access to Amazon WorkSpaces Web and its dependencies through the AWS Management Console, SDK, and CLI. */
AwsManagedPolicy.AmazonWorkSpacesWebReadOnly = 'AmazonWorkSpacesWebReadOnly';
/** Enables access to AWS Services and Resources used or managed by Amazon WorkSpaces Web */
AwsManagedPolicy.AmazonWorkSpacesWebServiceRolePolicy = 'aws-service-role/AmazonWorkSpacesWebServiceRolePolicy';
/** Provides full access to Amazon Zocalo. */
AwsManagedPolicy.AmazonZocaloFullAccess = 'AmazonZocaloFullAccess';
/** Provides read only access to Amazon Zocalo */
AwsManagedPolicy.AmazonZocaloReadOnlyAccess = 'AmazonZocaloReadOnlyAccess';
/** Provides Amplify full access permissions to deploy Amplify backend resources (AWS AppSync, Amazon Cognito, Amazon S3 and other related services) via the AWS Cloud Development Kit (AWS CDK) */
AwsManagedPolicy.AmplifyBackendDeployFullAccess = 'service-role/AmplifyBackendDeployFullAccess';
/** Provides full access to Claude Platform on AWS */
AwsManagedPolicy.AnthropicFullAccess = 'AnthropicFullAccess';
/** Provides limited access to Claude Platform on AWS */
AwsManagedPolicy.AnthropicLimitedAccess = 'AnthropicLimitedAccess';
/** Provides read only access to Claude Platform on AWS */
AwsManagedPolicy.AnthropicReadOnlyAccess = 'AnthropicReadOnlyAccess';
/** Provides access to operate a self-hosted environment runner for Claude Managed Agents */
AwsManagedPolicy.AnthropicSelfHostedEnvironmentAccess = 'AnthropicSelfHostedEnvironmentAccess';
/** Allows API Gateway to manage associated AWS Resources on behalf of the customer. */
AwsManagedPolicy.APIGatewayServiceRolePolicy = 'aws-service-role/APIGatewayServiceRolePolicy';
/** Allows AppIntegrations to manage AppFlow resources and publish CloudWatch metric data on your behalf. */
AwsManagedPolicy.AppIntegrationsServiceLinkedRolePolicy = 'aws-service-role/AppIntegrationsServiceLinkedRolePolicy';
/** Policy to enable Application Autoscaling for Amazon AppStream */
AwsManagedPolicy.ApplicationAutoScalingForAmazonAppStreamAccess = 'service-role/ApplicationAutoScalingForAmazonAppStreamAccess';
/** Enables access to AWS Services and Resources used or managed by Application Discovery Service Continuous Export feature */
AwsManagedPolicy.ApplicationDiscoveryServiceContinuousExportServiceRolePolicy = 'aws-service-role/ApplicationDiscoveryServiceContinuousExportServiceRolePolicy';
/** Allows AWS AppRunner Networking to manage related AWS resources on your behalf. */
AwsManagedPolicy.AppRunnerNetworkingServiceRolePolicy = 'aws-service-role/AppRunnerNetworkingServiceRolePolicy';
/** Allows AWS AppRunner to manage related AWS resources on your behalf. */
AwsManagedPolicy.AppRunnerServiceRolePolicy = 'aws-service-role/AppRunnerServiceRolePolicy';
/** Allows AppStudio to manage associated AWS resources on your behalf. */
AwsManagedPolicy.AppStudioServiceRolePolicy = 'aws-service-role/AppStudioServiceRolePolicy';
/** Allows AWS Assurance to access your resources for compliance assessments and evidence collection. */
AwsManagedPolicy.AssuranceServiceRolePolicy = 'aws-service-role/AssuranceServiceRolePolicy';
/** Policy for Amazon Aurora DSQL Service Linked Role */
AwsManagedPolicy.AuroraDsqlServiceLinkedRolePolicy = 'aws-service-role/AuroraDsqlServiceLinkedRolePolicy';
/** Provides full access to Auto Scaling via the AWS Management Console. */
AwsManagedPolicy.AutoScalingConsoleFullAccess = 'AutoScalingConsoleFullAccess';
/** Provides read-only access to Auto Scaling via the AWS Management Console. */
AwsManagedPolicy.AutoScalingConsoleReadOnlyAccess = 'AutoScalingConsoleReadOnlyAccess';
/** Provides full access to Auto Scaling. */
AwsManagedPolicy.AutoScalingFullAccess = 'AutoScalingFullAccess';
/** Default policy for the AutoScaling Notification Access service role. */
AwsManagedPolicy.AutoScalingNotificationAccessRole = 'service-role/AutoScalingNotificationAccessRole';
/** Provides read-only access to Auto Scaling. */
AwsManagedPolicy.AutoScalingReadOnlyAccess = 'AutoScalingReadOnlyAccess';
/** Enables access to AWS Services and Resources used or managed by Auto Scaling */
AwsManagedPolicy.AutoScalingServiceRolePolicy = 'aws-service-role/AutoScalingServiceRolePolicy';
/** Default policy for AWS Config service role. Provides permissions required for AWS Config to track changes to your AWS resources. */
AwsManagedPolicy.AWSConfigRole = 'service-role/AWS_ConfigRole';
/** Provides permissions to access the SSM Diagnosis S3 bucket for diagnosis and remediation of issues. */
AwsManagedPolicy.AWSSSMAutomationDiagnosisBucketPolicy = 'AWS-SSM-Automation-DiagnosisBucketPolicy';
/** Provide permission for Diagnosing issues with SSM services by executing activities defined within Automation Documents, primarily used for running the Automation documents in a cross-account cross-region setup by triggering child automations within member accounts. */
AwsManagedPolicy.AWSSSMDiagnosisAutomationAdministrationRolePolicy = 'AWS-SSM-DiagnosisAutomation-AdministrationRolePolicy';
/** Provide permission for Diagnosing issues with SSM services by executing activities defined within Automation Documents, primarily used for running the Automation documents in a target account/region setup by diagnosing SSM service health across all nodes. */
AwsManagedPolicy.AWSSSMDiagnosisAutomationExecutionRolePolicy = 'AWS-SSM-DiagnosisAutomation-ExecutionRolePolicy';
/** Provides permissions for operational accounts to diagnose unmanaged nodes by providing Organisation specific permissions required by SSM automation to pull the list of member accounts within a root of an Organisation to trigger cross-account cross-region execution by allowing assuming Execution roles in target account/region. */
AwsManagedPolicy.AWSSSMDiagnosisAutomationOperationalAccountAdministrationRolePolicy = 'AWS-SSM-DiagnosisAutomation-OperationalAccountAdministrationRolePolicy';
/** Provide permission for Remediating issues with SSM services by executing activities defined within Automation Documents, primarily used for running the Automation documents in a cross-account cross-region setup by triggering child automations within member accounts. */
AwsManagedPolicy.AWSSSMRemediationAutomationAdministrationRolePolicy = 'AWS-SSM-RemediationAutomation-AdministrationRolePolicy';
/** Provides permissions for Remediating issues with SSM services by executing activities defined within Automation Documents, primarily used for running the Automation documents in a target account/region setup by remediating SSM services health across all nodes. */
AwsManagedPolicy.AWSSSMRemediationAutomationExecutionRolePolicy = 'AWS-SSM-RemediationAutomation-ExecutionRolePolicy';
/** Provides permissions for operational accounts to Remediate unmanaged nodes by providing Organisation specific permissions required by SSM automation to pull the list of member accounts within a root of an Organisation to trigger cross-account cross-region execution by allowing assuming Execution roles in target account/region. */
AwsManagedPolicy.AWSSSMRemediationAutomationOperationalAccountAdministrationRolePolicy = 'AWS-SSM-RemediationAutomation-OperationalAccountAdministrationRolePolicy';
/** Allows users to access the Account Activity page. */
AwsManagedPolicy.AWSAccountActivityAccess = 'AWSAccountActivityAccess';
/** Provides full access to AWS Account Management. */
AwsManagedPolicy.AWSAccountManagementFullAccess = 'AWSAccountManagementFullAccess';
/** Provides read-only access to AWS Account Management */
AwsManagedPolicy.AWSAccountManagementReadOnlyAccess = 'AWSAccountManagementReadOnlyAccess';
/** Provides required permissions to manage an account for AWS applications. */
AwsManagedPolicy.AWSAccountSettingsManagementRole = 'AWSAccountSettingsManagementRole';
/** Allows users to access the Account Usage Report page. */
AwsManagedPolicy.AWSAccountUsageReportAccess = 'AWSAccountUsageReportAccess';
/** Provides access for the Discovery Agentless Connector to register with AWS Application Discovery Service. */
AwsManagedPolicy.AWSAgentlessDiscoveryService = 'AWSAgentlessDiscoveryService';
/** Allows AWS Agent Registry to access AWS service resources on your behalf */
AwsManagedPolicy.AWSAgentRegistryServiceRolePolicy = 'aws-service-role/AWSAgentRegistryServiceRolePolicy';
/** Allows AWS AppConfig to call AWS services on your behalf. */
AwsManagedPolicy.AWSAppConfigServiceRolePolicy = 'aws-service-role/AWSAppConfigServiceRolePolicy';
/** Provides full access to the AWS AppFabric service and read only access to dependent services such as S3, Kinesis, KMS. */
AwsManagedPolicy.AWSAppFabricFullAccess = 'AWSAppFabricFullAccess';
/** Provides read only access to the AWS AppFabric */
AwsManagedPolicy.AWSAppFabricReadOnlyAccess = 'AWSAppFabricReadOnlyAccess';
/** Provides AppFabric access to AWS resources on your behalf */
AwsManagedPolicy.AWSAppFabricServiceRolePolicy = 'aws-service-role/AWSAppFabricServiceRolePolicy';
/** Policy granting permissions to Application Auto Scaling to access AppStream and CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingAppStreamFleetPolicy = 'aws-service-role/AWSApplicationAutoscalingAppStreamFleetPolicy';
/** Policy granting permissions to Application Auto Scaling to access Cassandra and CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingCassandraTablePolicy = 'aws-service-role/AWSApplicationAutoscalingCassandraTablePolicy';
/** Policy granting permissions to Application Auto Scaling to access Comprehend and CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingComprehendEndpointPolicy = 'aws-service-role/AWSApplicationAutoscalingComprehendEndpointPolicy';
/** Policy granting permissions to Application Auto Scaling to access APIGateway and CloudWatch for custom resource scaling */
AwsManagedPolicy.AWSApplicationAutoScalingCustomResourcePolicy = 'aws-service-role/AWSApplicationAutoScalingCustomResourcePolicy';
/** Policy granting permissions to Application Auto Scaling to access DynamoDB and CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingDynamoDBTablePolicy = 'aws-service-role/AWSApplicationAutoscalingDynamoDBTablePolicy';
/** Policy granting permissions to Application Auto Scaling to access EC2 Spot Fleet and CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingEC2SpotFleetRequestPolicy = 'aws-service-role/AWSApplicationAutoscalingEC2SpotFleetRequestPolicy';
/** Policy granting permissions to Application Auto Scaling to access EC2 Container Service and CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingECSServicePolicy = 'aws-service-role/AWSApplicationAutoscalingECSServicePolicy';
/** Policy granting permissions to Application Auto Scaling to access Amazon ElastiCache and Amazon CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingElastiCacheRGPolicy = 'aws-service-role/AWSApplicationAutoscalingElastiCacheRGPolicy';
/** Policy granting permissions to Application Auto Scaling to access Elastic Map Reduce and CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingEMRInstanceGroupPolicy = 'aws-service-role/AWSApplicationAutoscalingEMRInstanceGroupPolicy';
/** Policy granting permissions to Application Auto Scaling to access Managed Streaming for Apache Kafka and CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingKafkaClusterPolicy = 'aws-service-role/AWSApplicationAutoscalingKafkaClusterPolicy';
/** Policy granting permissions to Application Auto Scaling to access Lambda and CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingLambdaConcurrencyPolicy = 'aws-service-role/AWSApplicationAutoscalingLambdaConcurrencyPolicy';
/** Policy granting permissions to Application Auto Scaling to access Amazon Neptune and Amazon CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingNeptuneClusterPolicy = 'aws-service-role/AWSApplicationAutoscalingNeptuneClusterPolicy';
/** Policy granting permissions to Application Auto Scaling to access RDS and CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingRDSClusterPolicy = 'aws-service-role/AWSApplicationAutoscalingRDSClusterPolicy';
/** Policy granting permissions to Application Auto Scaling to access SageMaker and CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingSageMakerEndpointPolicy = 'aws-service-role/AWSApplicationAutoscalingSageMakerEndpointPolicy';
/** Policy granting permissions to Application Auto Scaling to access Amazon WorkSpaces and Amazon CloudWatch. */
AwsManagedPolicy.AWSApplicationAutoscalingWorkSpacesPoolPolicy = 'aws-service-role/AWSApplicationAutoscalingWorkSpacesPoolPolicy';
/** Provides access for the Discovery Agent to register with AWS Application Discovery Service. */
AwsManagedPolicy.AWSApplicationDiscoveryAgentAccess = 'AWSApplicationDiscoveryAgentAccess';
/** Allows Application Discovery Service Agentless Collectors to auto update, register, and communicate with Application Discovery Service */
AwsManagedPolicy.AWSApplicationDiscoveryAgentlessCollectorAccess = 'AWSApplicationDiscoveryAgentlessCollectorAccess';
/** Provides full access to view and tag Configuration Items maintained by the AWS Application Discovery Service */
AwsManagedPolicy.AWSApplicationDiscoveryServiceFullAccess = 'AWSApplicationDiscoveryServiceFullAccess';
/** This policy allows installing the AWS Replication Agent, which is used with AWS Application Migration Service (MGN) to migrate external servers to AWS. Attach this policy to your IAM users or roles whose credentials you provide when installing the AWS Replication Agent. */
AwsManagedPolicy.AWSApplicationMigrationAgentInstallationPolicy = 'AWSApplicationMigrationAgentInstallationPolicy';
/** This policy allows installing and using the AWS Replication Agent, which is used with AWS Application Migration Service (MGN) to migrate external servers to AWS. Attach this policy to your IAM users or roles whose credentials you provide when installing the AWS Replication Agent. */
AwsManagedPolicy.AWSApplicationMigrationAgentPolicy = 'AWSApplicationMigrationAgentPolicy';
/** This policy allows using the AWS Replication Agent, which is used with AWS Application Migration Service (MGN) to migrate external servers to AWS. We do not recommend that you attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSApplicationMigrationAgentPolicyV2 = 'service-role/AWSApplicationMigrationAgentPolicy_v2';
/** This policy allows the Application Migration Service (MGN) Conversion Server, which are EC2 instances launched by Application Migration Service, to communicate with the MGN service. An IAM role with this policy is attached (as an EC2 Instance Profile) by MGN to the MGN Conversion Servers, which are automatically launched and terminated by MGN, when needed. We do not recommend that you attach this policy to your IAM users or roles. MGN Conversion Servers are used by Application Migration Service when users choose to launch Test or Cutover instances using the MGN console, CLI, or API. */
AwsManagedPolicy.AWSApplicationMigrationConversionServerPolicy = 'service-role/AWSApplicationMigrationConversionServerPolicy';
/** This policy provides Amazon EC2 operations required to use Application Migration Service (MGN) to launch the migrated servers as EC2 instances. Attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSApplicationMigrationEC2Access = 'AWSApplicationMigrationEC2Access';
/** Provides permissions to manage ONTAP file system */
AwsManagedPolicy.AWSApplicationMigrationFSxProxyPolicy = 'service-role/AWSApplicationMigrationFSxProxyPolicy';
/** Provides permissions to manage PrivateLink between AWS Application Migration Service and customer's FSx file system */
AwsManagedPolicy.AWSApplicationMigrationFSxProxyVPCPolicy = 'service-role/AWSApplicationMigrationFSxProxyVPCPolicy';
/** This policy provides permissions to all public APIs of AWS Application Migration Service (MGN), as well as permissions to read KMS key information. Attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSApplicationMigrationFullAccess = 'AWSApplicationMigrationFullAccess';
/** This policy allows AWS Application Migration Service (MGN) to send meta-data about the progress of servers being migrated using MGN to AWS Migration Hub (MGH). MGN automatically creates an IAM role with this policy attached, and assumes this role. We do not recommend that you attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSApplicationMigrationMGHAccess = 'service-role/AWSApplicationMigrationMGHAccess';
/** Provides permissions for Network Migration custom resource */
AwsManagedPolicy.AWSApplicationMigrationNetworkMigrationCustomResource = 'AWSApplicationMigrationNetworkMigrationCustomResource';
/** Provides permissions to automate VMware to AWS network infrastructure migration through CloudFormation */
AwsManagedPolicy.AWSApplicationMigrationNetworkMigrationMultiAccount = 'AWSApplicationMigrationNetworkMigrationMultiAccount';
/** This policy provides permissions to all read-only public APIs of Application Migration Service (MGN), as well as some read-only APIs of other AWS services that are required in order to make full read-only use of the MGN console. Attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSApplicationMigrationReadOnlyAccess = 'AWSApplicationMigrationReadOnlyAccess';
/** This policy allows the Application Migration Service (MGN) Replication Servers, which are EC2 instances launched by Application Migration Service - to communicate with the MGN service, and to create EBS snapshots in your AWS account. An IAM role with this policy is attached (as an EC2 Instance Profile) by Application Migration Service to the MGN Replication Servers which are automatically launched and terminated by MGN, as needed. MGN Replication Servers are used to facilitate data replication from your external servers to AWS, as part of the migration process managed using MGN. We do not recommend that you attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSApplicationMigrationReplicationServerPolicy = 'service-role/AWSApplicationMigrationReplicationServerPolicy';
/** This policy allows installing and using the AWS Replication Agent, which is used by AWS Application Migration Service (AWS MGN) to migrate source servers that run on EC2 (cross-Region or cross-AZ). An IAM role with this policy should be attached (as an EC2 Instance Profile) to the EC2 Instances. */
AwsManagedPolicy.AWSApplicationMigrationServiceEc2InstancePolicy = 'AWSApplicationMigrationServiceEc2InstancePolicy';
/** Allows AWS application Migration Service to create and manage AWS resources on your behalf. */
AwsManagedPolicy.AWSApplicationMigrationServiceRolePolicy = 'aws-service-role/AWSApplicationMigrationServiceRolePolicy';
/** This policy provides access to Amazon SSM operations required to use Application Migration Service (MGN) to execute custom post migration command SSM documents. Attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSApplicationMigrationSSMAccess = 'AWSApplicationMigrationSSMAccess';
/** This policy allows installing and using the AWS VCenter Client, which is used with AWS Application Migration Service (MGN) to migrate external servers to AWS. Attach this policy to your IAM users or roles whose credentials you provide when installing the AWS VCenter Client. */
AwsManagedPolicy.AWSApplicationMigrationVCenterClientPolicy = 'AWSApplicationMigrationVCenterClientPolicy';
/** App Mesh Envoy policy for accessing Virtual Node configuration. */
AwsManagedPolicy.AWSAppMeshEnvoyAccess = 'AWSAppMeshEnvoyAccess';
/** Provides full access to the AWS App Mesh APIs and Management Console. */
AwsManagedPolicy.AWSAppMeshFullAccess = 'AWSAppMeshFullAccess';
/** App Mesh Preview Envoy policy for accessing Virtual Node configuration. */
AwsManagedPolicy.AWSAppMeshPreviewEnvoyAccess = 'AWSAppMeshPreviewEnvoyAccess';
/** Enables access to AWS Services and Resources used or managed by AWS App Mesh */
AwsManagedPolicy.AWSAppMeshPreviewServiceRolePolicy = 'aws-service-role/AWSAppMeshPreviewServiceRolePolicy';
/** Provides read-only access to the AWS App Mesh APIs and Management Console. */
AwsManagedPolicy.AWSAppMeshReadOnly = 'AWSAppMeshReadOnly';
/** Enables access to AWS Services and Resources used or managed by AWS AppMesh */
AwsManagedPolicy.AWSAppMeshServiceRolePolicy = 'aws-service-role/AWSAppMeshServiceRolePolicy';
/** Grants permissions to all App Runner actions. */
AwsManagedPolicy.AWSAppRunnerFullAccess = 'AWSAppRunnerFullAccess';
/** Grants permissions to list and view details about App Runner resources. */
AwsManagedPolicy.AWSAppRunnerReadOnlyAccess = 'AWSAppRunnerReadOnlyAccess';
/** AWS App Runner service policy that grants read permissions to Amazon ECR resources in the customer's account. Use it in a role that is passed to App Runner when creating or updating an App Runner service. */
AwsManagedPolicy.AWSAppRunnerServicePolicyForECRAccess = 'service-role/AWSAppRunnerServicePolicyForECRAccess';
/** Provides administrative access to the AppSync service, though not enough to access via the console. */
AwsManagedPolicy.AWSAppSyncAdministrator = 'AWSAppSyncAdministrator';
/** Provides full invoking access to the AppSync service - both through the console and independently */
AwsManagedPolicy.AWSAppSyncInvokeFullAccess = 'AWSAppSyncInvokeFullAccess';
/** Allows AppSync to push logs to user's CloudWatch account. */
AwsManagedPolicy.AWSAppSyncPushToCloudWatchLogs = 'service-role/AWSAppSyncPushToCloudWatchLogs';
/** Provides access to create, update, and query the schema. */
AwsManagedPolicy.AWSAppSyncSchemaAuthor = 'AWSAppSyncSchemaAuthor';
/** Enables access to AWS services and resources used or managed by AppSync */
AwsManagedPolicy.AWSAppSyncServiceRolePolicy = 'aws-service-role/AWSAppSyncServiceRolePolicy';
/** Allows AWS Artifact read-only access to operations in AWS Organizations. */
AwsManagedPolicy.AWSArtifactAccountSync = 'service-role/AWSArtifactAccountSync';
/** This policy grants full permissions to list, download, accept, and terminate AWS Artifact agreements. It also includes permissions to list and enable AWS service access in the Organization service, as well as describe the organization details. Additionally, the policy provides the ability to check if the required service-linked role exists and creates one if it doesn't */
AwsManagedPolicy.AWSArtifactAgreementsFullAccess = 'AWSArtifactAgreementsFullAccess';
/** This policy grants read-only access to list the AWS Artifact service agreements and to download the accepted agreements.. It also includes permissions to list as well as describe the organization details. Additionally, the policy provides the ability to check if the required service-linked role exists. */
AwsManagedPolicy.AWSArtifactAgreementsReadOnlyAccess = 'AWSArtifactAgreementsReadOnlyAccess';
/** Provides full access to the Artifact Compliance Inquiry. */
AwsManagedPolicy.AWSArtifactComplianceInquiriesFullAccess = 'AWSArtifactComplianceInquiriesFullAccess';
/** Provides read-only access to Artifact Compliance Inquiry. */
AwsManagedPolicy.AWSArtifactComplianceInquiriesReadOnlyAccess = 'AWSArtifactComplianceInquiriesReadOnlyAccess';
/** Provides read-only access to the AWS Artifact service reports. */
AwsManagedPolicy.AWSArtifactReportsReadOnlyAccess = 'AWSArtifactReportsReadOnlyAccess';
/** Allows AWS Artifact to gather information about an organization via AWS Organizations service. */
AwsManagedPolicy.AWSArtifactServiceRolePolicy = 'aws-service-role/AWSArtifactServiceRolePolicy';
/** Provides administrative access to enable or disable AWS Audit Manager, update settings, and manage assessments, controls, and frameworks */
AwsManagedPolicy.AWSAuditManagerAdministratorAccess = 'AWSAuditManagerAdministratorAccess';
/** Enables access to AWS Services and Resources used or managed by AWS Audit Manager */
AwsManagedPolicy.AWSAuditManagerServiceRolePolicy = 'aws-service-role/AWSAuditManagerServiceRolePolicy';
/** Policy granting permissions to AWS Auto Scaling to periodically forecast capacity and generate scheduled scaling actions for Auto Scaling groups in a scaling plan */
AwsManagedPolicy.AWSAutoScalingPlansEC2AutoScalingPolicy = 'aws-service-role/AWSAutoScalingPlansEC2AutoScalingPolicy';
/** This policy grants users permissions to create and manage backup access points for accessing backup data in recovery points through S3 access points. */
AwsManagedPolicy.AWSBackupAccessPointOperatorAccess = 'AWSBackupAccessPointOperatorAccess';
/** This policy grants permissions for users to create controls and frameworks that define their expectations for AWS Backup resources and activities, and to audit AWS Backup resources and activities against their defined controls and frameworks. This policy grants permissions to AWS Config and similar services to describe user expectations perform the audits. This policy also grants permissions to deliver audit reports to S3 and similar services, and enables users to find and open their audit reports. */
AwsManagedPolicy.AWSBackupAuditAccess = 'AWSBackupAuditAccess';
/** This policy allows the AWS Backint agent to complete backup data transfer with AWS Backup Storage plane. Attach this policy to roles assumed by EC2 Instances running SAP HANA with the Backint agent. */
AwsManagedPolicy.AWSBackupDataTransferAccess = 'AWSBackupDataTransferAccess';
/** This policy is for backup administrators, granting full access to AWS Backup operations, including creating or editing backup plans, assigning AWS resources to backup plans, deleting backups, and restoring backups. */
AwsManagedPolicy.AWSBackupFullAccess = 'AWSBackupFullAccess';
/** Provides AWS BackupGateway permission to sync the metadata of Virtual Machines on your behalf */
AwsManagedPolicy.AWSBackupGatewayServiceRolePolicyForVirtualMachineMetadataSync = 'service-role/AWSBackupGatewayServiceRolePolicyForVirtualMachineMetadataSync';
/** Provides GuardDuty permission to read your AWS Backup Recovery Points for malware scans */
AwsManagedPolicy.AWSBackupGuardDutyRolePolicyForScans = 'AWSBackupGuardDutyRolePolicyForScans';
/** This policy grants users permissions to assign AWS resources to backup plans, create on-demand backups, and restore backups. This policy does not allow the user to create or edit backup plans or to delete scheduled backups after they are created. */
AwsManagedPolicy.AWSBackupOperatorAccess = 'AWSBackupOperatorAccess';
/** This policy is for backup administators who use cross-account backup management to manage backups for the organization. */
AwsManagedPolicy.AWSBackupOrganizationAdminAccess = 'AWSBackupOrganizationAdminAccess';
/** Provides AWS Backup permission to restore a backup of SAP HANA on Amazon EC2 */
AwsManagedPolicy.AWSBackupRestoreAccessForSAPHANA = 'AWSBackupRestoreAccessForSAPHANA';
/** The search operator role has access to create backup indexes, create searches of backup metadata that has been indexed. This policy contains the necessary permissions for these search operator functions. */
AwsManagedPolicy.AWSBackupSearchOperatorAccess = 'AWSBackupSearchOperatorAccess';
/** Provides AWS Backup permission to create backups on your behalf across AWS services */
AwsManagedPolicy.AWSBackupServiceLinkedRolePolicyForBackup = 'aws-service-role/AWSBackupServiceLinkedRolePolicyForBackup';
/** Provides AWS Backup permission to create backups on your behalf across AWS services */
AwsManagedPolicy.AWSBackupServiceLinkedRolePolicyForBackupTest = 'aws-service-role/AWSBackupServiceLinkedRolePolicyForBackupTest';
/** Provides AWS Backup permission to create backups on your behalf across AWS services */
AwsManagedPolicy.AWSBackupServiceRolePolicyForBackup = 'service-role/AWSBackupServiceRolePolicyForBackup';
/** Policy containing permissions necessary for AWS Backup to index recovery points. */
AwsManagedPolicy.AWSBackupServiceRolePolicyForIndexing = 'AWSBackupServiceRolePolicyForIndexing';
/** Policy containing permissions necessary for AWS Backup to restore individual items in a recovery point */
AwsManagedPolicy.AWSBackupServiceRolePolicyForItemRestores = 'AWSBackupServiceRolePolicyForItemRestores';
/** Provides AWS Backup permission to perform restores on your behalf across AWS services. This policy includes permissions to create and delete AWS resources, such as EBS volumes, RDS instances, and EFS file systems, which are part of the restore process. */
AwsManagedPolicy.AWSBackupServiceRolePolicyForRestores = 'service-role/AWSBackupServiceRolePolicyForRestores';
/** Policy containing permissions necessary for AWS Backup to backup data in any S3 bucket. This includes read access to all S3 objects and any decrypt access for all KMS keys. */
AwsManagedPolicy.AWSBackupServiceRolePolicyForS3Backup = 'AWSBackupServiceRolePolicyForS3Backup';
/** Policy containing permissions necessary for AWS Backup to restore a S3 backup to a bucket. This includes read/write permissions to all S3 buckets, and permissions to GenerateDataKey and DescribeKey for all KMS keys. */
AwsManagedPolicy.AWSBackupServiceRolePolicyForS3Restore = 'AWSBackupServiceRolePolicyForS3Restore';
/** Provides AWS Backup permission to perform malware scans on your AWS Backup Recovery Points */
AwsManagedPolicy.AWSBackupServiceRolePolicyForScans = 'AWSBackupServiceRolePolicyForScans';
/** Provides full access for AWS Batch resources. */
AwsManagedPolicy.AWSBatchFullAccess = 'AWSBatchFullAccess';
/** Policy to enable CloudWatch Event Target for AWS Batch Job Submission */
AwsManagedPolicy.AWSBatchServiceEventTargetRole = 'service-role/AWSBatchServiceEventTargetRole';
/** Policy for AWS Batch service role which allows access to related services including EC2, Autoscaling, EC2 Container service and Cloudwatch Logs. */
AwsManagedPolicy.AWSBatchServiceRole = 'service-role/AWSBatchServiceRole';
/** Provides access for AWS Batch to queue and manage Amazon SageMaker workloads */
AwsManagedPolicy.AWSBatchServiceRolePolicyForSageMaker = 'aws-service-role/AWSBatchServiceRolePolicyForSageMaker';
/** A service linked role to provide Billing and Cost Management Data Exports access to AWS service data for exporting the data to a target location, such as Amazon S3, on behalf of a customer. */
AwsManagedPolicy.AWSBCMDataExportsServiceRolePolicy = 'aws-service-role/AWSBCMDataExportsServiceRolePolicy';
/** Allows Bedrock AgentCore Gateway to managed VPC Lattice resources on your behalf */
AwsManagedPolicy.AWSBedrockAgentCoreGatewayNetworkServiceRolePolicy = 'aws-service-role/AWSBedrockAgentCoreGatewayNetworkServiceRolePolicy';
/** Allows Bedrock AgentCore Identity to managed VPC Lattice resources on your behalf */
AwsManagedPolicy.AWSBedrockAgentCoreIdentityNetworkServiceRolePolicy = 'aws-service-role/AWSBedrockAgentCoreIdentityNetworkServiceRolePolicy';
/** Allows Bedrock AgentCore Runtime Instances to manage compute resources on your behalf. */
AwsManagedPolicy.AWSBedrockAgentCoreRuntimeInstancesServiceRolePolicy = 'aws-service-role/AWSBedrockAgentCoreRuntimeInstancesServiceRolePolicy';
/** Use the AWSBillingConductorFullAccess managed policy to allow complete access to AWS Billing Conductor (ABC) console and APIs. This policy allows users to list, create and delete ABC resources. */
AwsManagedPolicy.AWSBillingConductorFullAccess = 'AWSBillingConductorFullAccess';
/** Use the AWSBillingConductorReadOnlyAccess managed policy to allow read only access to AWS Billing Conductor (ABC) console and APIs. This policy grants permission to view and list all ABC resources. It does not include the ability to create or delete resources. */
AwsManagedPolicy.AWSBillingConductorReadOnlyAccess = 'AWSBillingConductorReadOnlyAccess';
/** Provides AWS Billing Conductor access to manage billing groups and related resources */
AwsManagedPolicy.AWSBillingConductorRolePolicy = 'aws-service-role/AWSBillingConductorRolePolicy';
/** Allows users to view bills on the Billing Console. */
AwsManagedPolicy.AWSBillingReadOnlyAccess = 'AWSBillingReadOnlyAccess';
/** Allows billing service to validate access to billing view data for derived billing views */
AwsManagedPolicy.AWSBillingServiceRolePolicy = 'aws-service-role/AWSBillingServiceRolePolicy';
/** This policy gives permissions to control AWS resources. For example, to start and stop EC2 or RDS instances by executing AWS Systems Manager (SSM) scripts. */
AwsManagedPolicy.AWSBudgetsActionsRolePolicyForResourceAdministrationWithSSM = 'AWSBudgetsActions_RolePolicyForResourceAdministrationWithSSM';
/** Provides full access to AWS Budgets Actions including using Budgets Actions to control states of running AWS resources via AWS Management Console */
AwsManagedPolicy.AWSBudgetsActionsWithAWSResourceControlAccess = 'AWSBudgetsActionsWithAWSResourceControlAccess';
/** Provides read only access to AWS Budgets Console via the AWS Management Console. */
AwsManagedPolicy.AWSBudgetsReadOnlyAccess = 'AWSBudgetsReadOnlyAccess';
/** Grants the AWS Budgets service permissions to describe, stop, and terminate resources in a member account to enforce spend limit actions. */
AwsManagedPolicy.AWSBudgetsSpendLimitMemberRolePolicy = 'aws-service-role/AWSBudgetsSpendLimitMemberRolePolicy';
/** This IAM policy grants users full access to the AWS BugBust console */
AwsManagedPolicy.AWSBugBustFullAccess = 'AWSBugBustFullAccess';
/** This IAM policy grants users access to participate in AWS BugBust events */
AwsManagedPolicy.AWSBugBustPlayerAccess = 'AWSBugBustPlayerAccess';
/** Grants permissions to AWS BugBust to access resources on your behalf */
AwsManagedPolicy.AWSBugBustServiceRolePolicy = 'aws-service-role/AWSBugBustServiceRolePolicy';
/** Provides full access to AWS Certificate Manager (ACM) */
AwsManagedPolicy.AWSCertificateManagerFullAccess = 'AWSCertificateManagerFullAccess';
/** Provides auditor access to AWS Certificate Manager Private Certificate Authority */
AwsManagedPolicy.AWSCertificateManagerPrivateCAAuditor = 'AWSCertificateManagerPrivateCAAuditor';
/** Provides full access to AWS Certificate Manager Private Certificate Authority */
AwsManagedPolicy.AWSCertificateManagerPrivateCAFullAccess = 'AWSCertificateManagerPrivateCAFullAccess';
/** Provides privileged certificate user access to AWS Certificate Manager Private Certificate Authority */
AwsManagedPolicy.AWSCertificateManagerPrivateCAPrivilegedUser = 'AWSCertificateManagerPrivateCAPrivilegedUser';
/** Provides read only access to AWS Certificate Manager Private Certificate Authority */
AwsManagedPolicy.AWSCertificateManagerPrivateCAReadOnly = 'AWSCertificateManagerPrivateCAReadOnly';
/** Provides certificate user access to AWS Certificate Manager Private Certificate Authority */
AwsManagedPolicy.AWSCertificateManagerPrivateCAUser = 'AWSCertificateManagerPrivateCAUser';
/** Provides read only access to AWS Certificate Manager (ACM). */
AwsManagedPolicy.AWSCertificateManagerReadOnly = 'AWSCertificateManagerReadOnly';
/** The Service Linked Role used by AWS Chatbot. */
AwsManagedPolicy.AWSChatbotServiceLinkedRolePolicy = 'aws-service-role/AWSChatbotServiceLinkedRolePolicy';
/** Allows full access to AWS Clean Rooms resources and access to related AWS Services. */
AwsManagedPolicy.AWSCleanRoomsFullAccess = 'AWSCleanRoomsFullAccess';
/** Allows full access to AWS Clean Rooms resources except for querying in a collaboration and access to related AWS Services. */
AwsManagedPolicy.AWSCleanRoomsFullAccessNoQuerying = 'AWSCleanRoomsFullAccessNoQuerying';
/** Allows full access to AWS Clean Rooms ML resources and access to related AWS Services. */
AwsManagedPolicy.AWSCleanRoomsMLFullAccess = 'AWSCleanRoomsMLFullAccess';
/** Allows read-only access to AWS Clean Rooms ML resources and read-only access to related AWS Clean Rooms resources */
AwsManagedPolicy.AWSCleanRoomsMLReadOnlyAccess = 'AWSCleanRoomsMLReadOnlyAccess';
/** Allows read-only access to AWS Clean Rooms resources and read-only access to related AWS Glue and Amazon CloudWatch Logs resources. */
AwsManagedPolicy.AWSCleanRoomsReadOnlyAccess = 'AWSCleanRoomsReadOnlyAccess';
/** Allow AWS Clean Rooms to access other AWS services such as CloudWatch APIs on your behalf. */
AwsManagedPolicy.AWSCleanRoomsServiceRolePolicy = 'aws-service-role/AWSCleanRoomsServiceRolePolicy';
/** Provides administrator access to AWS Cloud9. */
AwsManagedPolicy.AWSCloud9Administrator = 'AWSCloud9Administrator';
/** Provides the ability to be invited into AWS Cloud9 shared development environments. */
AwsManagedPolicy.AWSCloud9EnvironmentMember = 'AWSCloud9EnvironmentMember';
/** Service Linked Role Policy for AWS Cloud9 */
AwsManagedPolicy.AWSCloud9ServiceRolePolicy = 'aws-service-role/AWSCloud9ServiceRolePolicy';
/** This policy will be used to attach a role on a InstanceProfile which will allow Cloud9 to use the SSM Session Manager to connect to the instance */
AwsManagedPolicy.AWSCloud9SSMInstanceProfile = 'AWSCloud9SSMInstanceProfile';
/** Provides permission to create AWS Cloud9 development environments and to manage owned environments. */
AwsManagedPolicy.AWSCloud9User = 'AWSCloud9User';
/** Provides full access to AWS CloudFormation. */
AwsManagedPolicy.AWSCloudFormationFullAccess = 'AWSCloudFormationFullAccess';
/** Provides access to AWS CloudFormation via the AWS Management Console. */
AwsManagedPolicy.AWSCloudFormationReadOnlyAccess = 'AWSCloudFormationReadOnlyAccess';
/** Grants CloudFront Logger write permissions to CloudWatch Logs. */
AwsManagedPolicy.AWSCloudFrontLogger = 'aws-service-role/AWSCloudFrontLogger';
/** Allows CloudFront to manage EC2 Elastic Network Interfaces and Security Groups on your behalf. */
AwsManagedPolicy.AWSCloudFrontVPCOriginServiceRolePolicy = 'aws-service-role/AWSCloudFrontVPCOriginServiceRolePolicy';
/** Provides full access to all CloudHSM resources. */
AwsManagedPolicy.AWSCloudHSMFullAccess = 'AWSCloudHSMFullAccess';
/** Provides read only access to all CloudHSM resources. */
AwsManagedPolicy.AWSCloudHSMReadOnlyAccess = 'AWSCloudHSMReadOnlyAccess';
/** Default policy for the AWS CloudHSM service role. */
AwsManagedPolicy.AWSCloudHSMRole = 'service-role/AWSCloudHSMRole';
/** Provides access to AWS Cloud Map discovery API. */
AwsManagedPolicy.AWSCloudMapDiscoverInstanceAccess = 'AWSCloudMapDiscoverInstanceAccess';
/** Provides full access to all AWS Cloud Map actions. */
AwsManagedPolicy.AWSCloudMapFullAccess = 'AWSCloudMapFullAccess';
/** Provides read-only access to all AWS Cloud Map actions. */
AwsManagedPolicy.AWSCloudMapReadOnlyAccess = 'AWSCloudMapReadOnlyAccess';
/** Provides registrant level access to AWS Cloud Map actions. */
AwsManagedPolicy.AWSCloudMapRegisterInstanceAccess = 'AWSCloudMapRegisterInstanceAccess';
/** Grants using AWS CloudShell with all features */
AwsManagedPolicy.AWSCloudShellFullAccess = 'AWSCloudShellFullAccess';
/** Provides full access to AWS CloudTrail. */
AwsManagedPolicy.AWSCloudTrailFullAccess = 'AWSCloudTrail_FullAccess';
/** Provides read only access to AWS CloudTrail. */
AwsManagedPolicy.AWSCloudTrailReadOnlyAccess = 'AWSCloudTrail_ReadOnlyAccess';
/** This policy is used by the service-linked role named AWSServiceRoleForCloudWatchAlarms_ActionSSMIncidents. CloudWatch uses this service-linked role to perform AWS System Manager Incident Manager actions when a CloudWatch alarm goes in to ALARM state. This policy grants permission to start incidents on your behalf. */
AwsManagedPolicy.AWSCloudWatchAlarmsActionSSMIncidentsServiceRolePolicy = 'aws-service-role/AWSCloudWatchAlarms_ActionSSMIncidentsServiceRolePolicy';
/** Provides CloudWatch Omni access to manage AWS Config recorder resources, telemetry configurations, and supporting IAM roles for organization enablement. */
AwsManagedPolicy.AWSCloudWatchOmniServiceRolePolicy = 'aws-service-role/AWSCloudWatchOmniServiceRolePolicy';
/** Provides full access to AWS CodeArtifact via the AWS Management Console. */
AwsManagedPolicy.AWSCodeArtifactAdminAccess = 'AWSCodeArtifactAdminAccess';
/** Provides read only access to AWS CodeArtifact via the AWS Management Console. */
AwsManagedPolicy.AWSCodeArtifactReadOnlyAccess = 'AWSCodeArtifactReadOnlyAccess';
/** Provides full access to AWS CodeBuild via the AWS Management Console. Also attach AmazonS3ReadOnlyAccess to provide access to download build artifacts, and attach IAMFullAccess to create and manage the service role for CodeBuild. */
AwsManagedPolicy.AWSCodeBuildAdminAccess = 'AWSCodeBuildAdminAccess';
/** Provides access to AWS CodeBuild via the AWS Management Console, but does not allow CodeBuild project administration. Also attach AmazonS3ReadOnlyAccess to provide access to download build artifacts. */
AwsManagedPolicy.AWSCodeBuildDeveloperAccess = 'AWSCodeBuildDeveloperAccess';
/** Provides read only access to AWS CodeBuild via the AWS Management Console. Also attach AmazonS3ReadOnlyAccess to provide access to download build artifacts. */
AwsManagedPolicy.AWSCodeBuildReadOnlyAccess = 'AWSCodeBuildReadOnlyAccess';
/** Provides full access to AWS CodeCommit via the AWS Management Console. */
AwsManagedPolicy.AWSCodeCommitFullAccess = 'AWSCodeCommitFullAccess';
/** Provides full access to AWS CodeCommit repositories, but does not allow repository deletion. */
AwsManagedPolicy.AWSCodeCommitPowerUser = 'AWSCodeCommitPowerUser';
/** Provides read only access to AWS CodeCommit via the AWS Management Console. */
AwsManagedPolicy.AWSCodeCommitReadOnly = 'AWSCodeCommitReadOnly';
/** Provides access to register and deploy a revision. */
AwsManagedPolicy.AWSCodeDeployDeployerAccess = 'AWSCodeDeployDeployerAccess';
/** Provides full access to CodeDeploy resources. */
AwsManagedPolicy.AWSCodeDeployFullAccess = 'AWSCodeDeployFullAccess';
/** Provides read only access to CodeDeploy resources. */
AwsManagedPolicy.AWSCodeDeployReadOnlyAccess = 'AWSCodeDeployReadOnlyAccess';
/** Provides CodeDeploy service access to expand tags and interact with Auto Scaling on your behalf. */
AwsManagedPolicy.AWSCodeDeployRole = 'service-role/AWSCodeDeployRole';
/** Provides CodeDeploy service access to invoke Lambda function on your behalf to perform blue/green deployment through CloudFormation. */
AwsManagedPolicy.AWSCodeDeployRoleForCloudFormation = 'service-role/AWSCodeDeployRoleForCloudFormation';
/** Provides CodeDeploy service wide access to perform an ECS blue/green deployment on your behalf. Grants full access to support services, such as  full access to read all S3 objects, invoke all Lambda functions, publish to all SNS topics within the account and update all ECS services. */
AwsManagedPolicy.AWSCodeDeployRoleForECS = 'AWSCodeDeployRoleForECS';
/**  Provides CodeDeploy service limited access to perform an ECS blue/green deployment on your behalf. */
AwsManagedPolicy.AWSCodeDeployRoleForECSLimited = 'AWSCodeDeployRoleForECSLimited';
/** Provides CodeDeploy service access to perform a Lambda deployment on your behalf. */
AwsManagedPolicy.AWSCodeDeployRoleForLambda = 'service-role/AWSCodeDeployRoleForLambda';
/** Provides CodeDeploy service limited access to perform a Lambda deployment on your behalf. */
AwsManagedPolicy.AWSCodeDeployRoleForLambdaLimited = 'service-role/AWSCodeDeployRoleForLambdaLimited';
/** Provides full access to AWS CodePipeline via the AWS Management Console. */
AwsManagedPolicy.AWSCodePipelineFullAccess = 'AWSCodePipeline_FullAccess';
/** Provides read only access to AWS CodePipeline via the AWS Management Console. */
AwsManagedPolicy.AWSCodePipelineReadOnlyAccess = 'AWSCodePipeline_ReadOnlyAccess';
/** Provides access to view and approve manual changes for all pipelines */
AwsManagedPolicy.AWSCodePipelineApproverAccess = 'AWSCodePipelineApproverAccess';
/** Provides access for custom actions to poll for jobs details (including temporary credentials) and report status updates to AWS CodePipeline. */
AwsManagedPolicy.AWSCodePipelineCustomActionAccess = 'AWSCodePipelineCustomActionAccess';
/** Provides full access to AWS CodeStar via the AWS Management Console. */
AwsManagedPolicy.AWSCodeStarFullAccess = 'AWSCodeStarFullAccess';
/** Allows AWS CodeStar Notifications to access Amazon CloudWatch Events on your behalf */
AwsManagedPolicy.AWSCodeStarNotificationsServiceRolePolicy = 'aws-service-role/AWSCodeStarNotificationsServiceRolePolicy';
/** DO NOT USE -  AWS CodeStar Service Role Policy which grants administrative privileges in order for CodeStar to manage IAM and other service resources on behalf of the customer. */
AwsManagedPolicy.AWSCodeStarServiceRole = 'service-role/AWSCodeStarServiceRole';
/** Denies access to certain actions, applied by the AWS team in the event that an IAM user's credentials have been compromised or exposed publicly.  Do NOT remove this policy.  Instead, please follow the instructions specified in the email sent to you regarding this event. */
AwsManagedPolicy.AWSCompromisedKeyQuarantine = 'AWSCompromisedKeyQuarantine';
/** Denies access to certain actions, applied by the AWS team in the event that an IAM user's credentials have been compromised or exposed publicly. Do NOT remove this policy. Instead, please follow the instructions specified in the support case created for you regarding this event. */
AwsManagedPolicy.AWSCompromisedKeyQuarantineV2 = 'AWSCompromisedKeyQuarantineV2';
/** Denies access to certain actions, applied by AWS in the event that an IAM user's credentials have been compromised or exposed publicly. The policy aims to limit the potential damage that may be caused by fraud-related activity leading to unauthorized charges, while not impacting the existing resources. Do NOT remove this policy. Instead, please follow the instructions specified in the support case created for you regarding this event. */
AwsManagedPolicy.AWSCompromisedKeyQuarantineV3 = 'AWSCompromisedKeyQuarantineV3';
/** Allows Config to call AWS services and deploy config resources across organization */
AwsManagedPolicy.AWSConfigMultiAccountSetupPolicy = 'aws-service-role/AWSConfigMultiAccountSetupPolicy';
/** Allows AWS Config to remediate noncompliant resources on your behalf. */
AwsManagedPolicy.AWSConfigRemediationServiceRolePolicy = 'aws-service-role/AWSConfigRemediationServiceRolePolicy';
/** Allows AWS Config to call read-only AWS Organizations APIs */
AwsManagedPolicy.AWSConfigRoleForOrganizations = 'service-role/AWSConfigRoleForOrganizations';
/** Allows an AWS Lambda function to access the AWS Config API and the configuration snapshots that AWS Config delivers periodically to Amazon S3. This access is required by functions that evaluate configuration changes for custom Config rules. */
AwsManagedPolicy.AWSConfigRulesExecutionRole = 'service-role/AWSConfigRulesExecutionRole';
/** Allows Config to call AWS services and collect resource configurations on your behalf. */
AwsManagedPolicy.AWSConfigServiceRolePolicy = 'aws-service-role/AWSConfigServiceRolePolicy';
/** Provides permissions for AWS Config to inventory and evaluate compliance of third-party cloud resources. */
AwsManagedPolicy.AWSConfigThirdPartyServiceRolePolicy = 'aws-service-role/AWSConfigThirdPartyServiceRolePolicy';
/** Provides access to use AWS Config, including searching by tags on resources, and reading all tags. This does not provide permission to configure AWS Config, which requires administrative privileges. */
AwsManagedPolicy.AWSConfigUserAccess = 'AWSConfigUserAccess';
/** Enables broad read/write access to ALL EC2 objects, read/write access to S3 buckets starting with 'import-to-ec2-', and the ability to list all S3 buckets, for the AWS Connector to import VMs on your behalf. */
AwsManagedPolicy.AWSConnector = 'AWSConnector';
/** Allows AWS Control Tower to call AWS services that provide automated account configuration and centralized governance on your behalf. */
AwsManagedPolicy.AWSControlTowerAccountServiceRolePolicy = 'aws-service-role/AWSControlTowerAccountServiceRolePolicy';
/** AWS Control Tower enables AWS CloudTrail as a best practice and provides this role to AWS CloudTrail. AWS CloudTrail assumes this role to create and publish CloudTrail logs */
AwsManagedPolicy.AWSControlTowerCloudTrailRolePolicy = 'service-role/AWSControlTowerCloudTrailRolePolicy';
/** Provides permissions to manage the IAM Identity Center (IdC) resources in the member accounts enrolled with AWS Control Tower. The policy is attached to the AWSControlTowerAdmin role only if the customer has opted-into IAM IdC integration in their AWS Control Tower Landing Zone. */
AwsManagedPolicy.AWSControlTowerIdentityCenterManagementPolicy = 'service-role/AWSControlTowerIdentityCenterManagementPolicy';
/** Provides access to AWS Resources managed or used by AWS Control Tower */
AwsManagedPolicy.AWSControlTowerServiceRolePolicy = 'service-role/AWSControlTowerServiceRolePolicy';
/** Grants permissions to to describe the organization of the account, create S3 buckets for the MAP program and apply tags to it, create a Cost and Usage Report, and describe Cost and Usage Report definitions. */
AwsManagedPolicy.AWSCostAndUsageReportAutomationPolicy = 'service-role/AWSCostAndUsageReportAutomationPolicy';
/** Gives Data Grant owners access to AWS Data Exchange actions using the AWS Management Console and SDK. */
AwsManagedPolicy.AWSDataExchangeDataGrantOwnerFullAccess = 'AWSDataExchangeDataGrantOwnerFullAccess';
/** Gives Data Grant receiver access to AWS Data Exchange actions using the AWS Management Console and SDK. */
AwsManagedPolicy.AWSDataExchangeDataGrantReceiverFullAccess = 'AWSDataExchangeDataGrantReceiverFullAccess';
/** Grants full access to AWS Data Exchange and AWS Marketplace actions using the AWS Management Console and SDK. It also provides select access to related services needed to take full advantage of AWS Data Exchange. */
AwsManagedPolicy.AWSDataExchangeFullAccess = 'AWSDataExchangeFullAccess';
/** Grants data provider access to AWS Data Exchange and AWS Marketplace actions using the AWS Management Console and SDK. It also provides select access to related services needed to take full advantage of AWS Data Exchange. */
AwsManagedPolicy.AWSDataExchangeProviderFullAccess = 'AWSDataExchangeProviderFullAccess';
/** Grants read-only access to AWS Data Exchange and AWS Marketplace actions using the AWS Management Console and SDK. */
AwsManagedPolicy.AWSDataExchangeReadOnly = 'AWSDataExchangeReadOnly';
/** Allows AWS Data Exchange to access AWS Services and Resources used or managed by AWS Data Exchange for license management. */
AwsManagedPolicy.AWSDataExchangeServiceRolePolicyForLicenseManagement = 'aws-service-role/AWSDataExchangeServiceRolePolicyForLicenseManagement';
/** Allows AWS Data Exchange to read data about your AWS Organization to determine eligibility for AWS Data Exchange data grants license distribution. */
AwsManagedPolicy.AWSDataExchangeServiceRolePolicyForOrganizationDiscovery = 'aws-service-role/AWSDataExchangeServiceRolePolicyForOrganizationDiscovery';
/** Grants data subscriber access to AWS Data Exchange and AWS Marketplace actions using the AWS Management Console and SDK. It also provides select access to related services needed to take full advantage of AWS Data Exchange. */
AwsManagedPolicy.AWSDataExchangeSubscriberFullAccess = 'AWSDataExchangeSubscriberFullAccess';
/** Provides appropriate permissions to AWS Data Lifecycle Manager to take actions on AWS resources */
AwsManagedPolicy.AWSDataLifecycleManagerServiceRole = 'service-role/AWSDataLifecycleManagerServiceRole';
/** Provides appropriate permissions to AWS Data Lifecycle Manager to take actions on AWS resources for AMI Management */
AwsManagedPolicy.AWSDataLifecycleManagerServiceRoleForAMIManagement = 'service-role/AWSDataLifecycleManagerServiceRoleForAMIManagement';
/** Provides Amazon Data Lifecycle Manager permission to perform the Systems Manager actions required to run pre and post scripts on all Amazon EC2 instances. */
AwsManagedPolicy.AWSDataLifecycleManagerSSMFullAccess = 'service-role/AWSDataLifecycleManagerSSMFullAccess';
/** Provides full access to Data Pipeline, list access for S3, DynamoDB, Redshift, RDS, SNS, and IAM roles, and passRole access for default Roles. */
AwsManagedPolicy.AWSDataPipelineFullAccess = 'AWSDataPipeline_FullAccess';
/** Provides full access to Data Pipeline, list access for S3, DynamoDB, Redshift, RDS, SNS, and IAM roles, and passRole access for default Roles. */
AwsManagedPolicy.AWSDataPipelinePowerUser = 'AWSDataPipeline_PowerUser';
/** Allows DataSync Discovery to integrate with other AWS services on your behalf. */
AwsManagedPolicy.AWSDataSyncDiscoveryServiceRolePolicy = 'aws-service-role/AWSDataSyncDiscoveryServiceRolePolicy';
/** Provides full access to AWS DataSync and minimal access to its dependencies */
AwsManagedPolicy.AWSDataSyncFullAccess = 'AWSDataSyncFullAccess';
/** Provides read-only access to AWS DataSync */
AwsManagedPolicy.AWSDataSyncReadOnlyAccess = 'AWSDataSyncReadOnlyAccess';
/** Allows DataSync to integrate with other AWS services on your behalf */
AwsManagedPolicy.AWSDataSyncServiceRolePolicy = 'aws-service-role/AWSDataSyncServiceRolePolicy';
/** Provides AWS Deadline Cloud workers with access to run tasks on a farm. */
AwsManagedPolicy.AWSDeadlineCloudFleetWorker = 'AWSDeadlineCloud-FleetWorker';
/** Provides user workstation access to AWS Deadline Cloud farms with limited Read-Only permissions to call other necessary services. Attach this policy to the user role associated with your studio. */
AwsManagedPolicy.AWSDeadlineCloudUserAccessFarms = 'AWSDeadlineCloud-UserAccessFarms';
/** Provides user workstation access to AWS Deadline Cloud fleets with limited Read-Only permissions to call other necessary services. Attach this policy to the user role associated with your studio. */
AwsManagedPolicy.AWSDeadlineCloudUserAccessFleets = 'AWSDeadlineCloud-UserAccessFleets';
/** Provides user workstation access to AWS Deadline Cloud jobs with limited Read-Only permissions to call other necessary services. Attach this policy to the user role associated with your studio. */
AwsManagedPolicy.AWSDeadlineCloudUserAccessJobs = 'AWSDeadlineCloud-UserAccessJobs';
/** Provides user workstation access to AWS Deadline Cloud queues with limited Read-Only permissions to call other necessary services. Attach this policy to the user role associated with your studio. */
AwsManagedPolicy.AWSDeadlineCloudUserAccessQueues = 'AWSDeadlineCloud-UserAccessQueues';
/** Provides access for AWS Deadline Cloud worker hosts to join a fleet in a farm. */
AwsManagedPolicy.AWSDeadlineCloudWorkerHost = 'AWSDeadlineCloud-WorkerHost';
/** This policy specifies permissions required by DeepLens Administrative lambda functions that run on a DeepLens device */
AwsManagedPolicy.AWSDeepLensLambdaFunctionAccessPolicy = 'AWSDeepLensLambdaFunctionAccessPolicy';
/** Grants AWS DeepLens access to AWS Services, resources and roles needed by DeepLens and its dependencies including IoT, S3, GreenGrass and AWS Lambda. */
AwsManagedPolicy.AWSDeepLensServiceRolePolicy = 'service-role/AWSDeepLensServiceRolePolicy';
/** DeepRacer admin access to all actions including toggling between multiuser and single user mode. */
AwsManagedPolicy.AWSDeepRacerAccountAdminAccess = 'AWSDeepRacerAccountAdminAccess';
/** Allows CloudFormation to create and manage AWS stacks and resources on your behalf. */
AwsManagedPolicy.AWSDeepRacerCloudFormationAccessPolicy = 'AWSDeepRacerCloudFormationAccessPolicy';
/** DeepRacer MultiUser Default user access to use deepracer in multi-user mode */
AwsManagedPolicy.AWSDeepRacerDefaultMultiUserAccess = 'AWSDeepRacerDefaultMultiUserAccess';
/** Provides full access to AWS DeepRacer. Also provides select access to related services (e.g., S3). */
AwsManagedPolicy.AWSDeepRacerFullAccess = 'AWSDeepRacerFullAccess';
/** Allows RoboMaker to create required resources and call AWS services on your behalf. */
AwsManagedPolicy.AWSDeepRacerRoboMakerAccessPolicy = 'AWSDeepRacerRoboMakerAccessPolicy';
/** Allows DeepRacer to create required resources and call AWS services on your behalf. */
AwsManagedPolicy.AWSDeepRacerServiceRolePolicy = 'service-role/AWSDeepRacerServiceRolePolicy';
/** Deny all access. */
AwsManagedPolicy.AWSDenyAll = 'AWSDenyAll';
/** Provides full access to all AWS Device Farm operations. */
AwsManagedPolicy.AWSDeviceFarmFullAccess = 'AWSDeviceFarmFullAccess';
/** Grant permissions to AWS Device Farm to call EC2 Network APIs on your behalf. */
AwsManagedPolicy.AWSDeviceFarmServiceRolePolicy = 'aws-service-role/AWSDeviceFarmServiceRolePolicy';
/** Grant permissions to AWS Device Farm to call EC2 APIs on your behalf. */
AwsManagedPolicy.AWSDeviceFarmTestGridServiceRolePolicy = 'aws-service-role/AWSDeviceFarmTestGridServiceRolePolicy';
/** Provides full access to AWS Direct Connect via the AWS Management Console. */
AwsManagedPolicy.AWSDirectConnectFullAccess = 'AWSDirectConnectFullAccess';
/** Provides read only access to AWS Direct Connect via the AWS Management Console. */
AwsManagedPolicy.AWSDirectConnectReadOnlyAccess = 'AWSDirectConnectReadOnlyAccess';
/** Provides AWS Direct Connect permission to create and manage AWS resources on your behalf. */
AwsManagedPolicy.AWSDirectConnectServiceRolePolicy = 'aws-service-role/AWSDirectConnectServiceRolePolicy';
/** Provides full access to AWS Directory Service Data. */
AwsManagedPolicy.AWSDirectoryServiceDataFullAccess = 'AWSDirectoryServiceDataFullAccess';
/** Provides read-only access to AWS Directory Service Data */
AwsManagedPolicy.AWSDirectoryServiceDataReadOnlyAccess = 'AWSDirectoryServiceDataReadOnlyAccess';
/** Provides full access to AWS Directory Service. */
AwsManagedPolicy.AWSDirectoryServiceFullAccess = 'AWSDirectoryServiceFullAccess';
/** Provides read only access to AWS Directory Service. */
AwsManagedPolicy.AWSDirectoryServiceReadOnlyAccess = 'AWSDirectoryServiceReadOnlyAccess';
/** Policy for the Directory Service Service Linked Role */
AwsManagedPolicy.AWSDirectoryServiceServiceRolePolicy = 'aws-service-role/AWSDirectoryServiceServiceRolePolicy';
/** Provides write access to AWS resources required for AWS Discovery Continuous Export */
AwsManagedPolicy.AWSDiscoveryContinuousExportFirehosePolicy = 'AWSDiscoveryContinuousExportFirehosePolicy';
/** Allows DMS Fleet Advisor to manage CloudWatch metrics on your behalf. */
AwsManagedPolicy.AWSDMSFleetAdvisorServiceRolePolicy = 'aws-service-role/AWSDMSFleetAdvisorServiceRolePolicy';
/** Grants AWS DMS Serverless permissions to create and manage DMS resources in your account on your behalf */
AwsManagedPolicy.AWSDMSServerlessServiceRolePolicy = 'aws-service-role/AWSDMSServerlessServiceRolePolicy';
/** Allows EC2 Capacity Manager to manage capacity resources and integrate with AWS Organizations on your behalf. */
AwsManagedPolicy.AWSEC2CapacityManagerServiceRolePolicy = 'aws-service-role/AWSEC2CapacityManagerServiceRolePolicy';
/** Allows EC2 CapacityReservation Fleet service to manage Capacity Reservations */
AwsManagedPolicy.AWSEC2CapacityReservationFleetRolePolicy = 'aws-service-role/AWSEC2CapacityReservationFleetRolePolicy';
/** Allows EC2 Fleet to launch and manage instances. */
AwsManagedPolicy.AWSEC2FleetServiceRolePolicy = 'aws-service-role/AWSEC2FleetServiceRolePolicy';
/** Allows EC2 Spot Fleet to launch and manage spot fleet instances */
AwsManagedPolicy.AWSEC2SpotFleetServiceRolePolicy = 'aws-service-role/AWSEC2SpotFleetServiceRolePolicy';
/** Allows EC2 Spot to launch and manage spot instances */
AwsManagedPolicy.AWSEC2SpotServiceRolePolicy = 'aws-service-role/AWSEC2SpotServiceRolePolicy';
/** Amazon EC2 instance permissions to allow EC2 SQL High Availability service to detect instance high availability state through EC2 instance profile. */
AwsManagedPolicy.AWSEC2SqlHaInstancePolicy = 'AWSEC2SqlHaInstancePolicy';
/** EC2 SQL High Availability service permissions to detect standby/passive instances */
AwsManagedPolicy.AWSEC2SqlHaServiceRolePolicy = 'aws-service-role/AWSEC2SqlHaServiceRolePolicy';
/** Grants Amazon EC2 and AWS SSM permissions to restore SQL Server database from application consistent snapshots created by AWS VSS. */
AwsManagedPolicy.AWSEC2VssRestorePolicy = 'AWSEC2VssRestorePolicy';
/** This policy is attached to the IAM role that's attached to your Amazon EC2 Windows Instances to enable the Amazon EC2 VSS solution to create and add tags to Amazon Machine Images (AMI) and EBS Snapshots. */
AwsManagedPolicy.AWSEC2VssSnapshotPolicy = 'AWSEC2VssSnapshotPolicy';
/** Enables access to AWS services and resources used or managed by AWS ECR pull through cache */
AwsManagedPolicy.AWSECRPullThroughCacheServiceRolePolicy = 'aws-service-role/AWSECRPullThroughCache_ServiceRolePolicy';
/** Provide the instance in your custom platform builder environment permission to launch EC2 instance, create EBS snapshot and AMI, stream logs to Amazon CloudWatch Logs, and store artifacts in Amazon S3. */
AwsManagedPolicy.AWSElasticBeanstalkCustomPlatformforEC2Role = 'AWSElasticBeanstalkCustomPlatformforEC2Role';
/** Permissions needed by Elastic Beanstalk to build container images on behalf of customer. */
AwsManagedPolicy.AWSElasticBeanstalkEKSImageBuild = 'AWSElasticBeanstalkEKSImageBuild';
/** Observability permissions for Elastic Beanstalk environments running in Elastic Kubernetes Service cluster */
AwsManagedPolicy.AWSElasticBeanstalkEKSObservability = 'AWSElasticBeanstalkEKSObservability';
/** Permissions needed to pass through tags to resources created by EKS Controllers */
AwsManagedPolicy.AWSElasticBeanstalkEKSTagging = 'AWSElasticBeanstalkEKSTagging';
/** AWS Elastic Beanstalk Service policy for Health Monitoring system */
AwsManagedPolicy.AWSElasticBeanstalkEnhancedHealth = 'service-role/AWSElasticBeanstalkEnhancedHealth';
/** AWS Elastic Beanstalk Service Role policy that grants limited permissions to update your resources on your behalf for maintenance purposes. */
AwsManagedPolicy.AWSElasticBeanstalkMaintenance = 'aws-service-role/AWSElasticBeanstalkMaintenance';
/** This policy is for the AWS Elastic Beanstalk service role used to perform managed updates of Elastic Beanstalk environments. This policy should not be attached to other users or roles. The policy grants broad permissions to create and manage resources across a number of AWS services including AutoScaling, EC2, ECS, Elastic Load Balancing and CloudFormation.  This policy also allows passing of any IAM role usable with those services. */
AwsManagedPolicy.AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy = 'AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy';
/** AWS Elastic Beanstalk Service Role policy that grants limited permissions to managed updates. */
AwsManagedPolicy.AWSElasticBeanstalkManagedUpdatesServiceRolePolicy = 'aws-service-role/AWSElasticBeanstalkManagedUpdatesServiceRolePolicy';
/** Provide the instances in your multicontainer Docker environment access to use the Amazon EC2 Container Service to manage container deployment tasks. */
AwsManagedPolicy.AWSElasticBeanstalkMulticontainerDocker = 'AWSElasticBeanstalkMulticontainerDocker';
/** Grants read-only permissions. Explicitly allows operators to gain direct access to retrieve information about resources related to AWS Elastic Beanstalk applications. */
AwsManagedPolicy.AWSElasticBeanstalkReadOnly = 'AWSElasticBeanstalkReadOnly';
/** AWSElasticBeanstalkRoleCore (Elastic Beanstalk operations role) Allows core operation of a web service environment. */
AwsManagedPolicy.AWSElasticBeanstalkRoleCore = 'service-role/AWSElasticBeanstalkRoleCore';
/** (Elastic Beanstalk operations role) Allows an environment to manage Amazon CloudWatch Logs log groups. */
AwsManagedPolicy.AWSElasticBeanstalkRoleCWL = 'service-role/AWSElasticBeanstalkRoleCWL';
/** (Elastic Beanstalk operations role) Allows a multicontainer Docker environment to manage Amazon ECS clusters. */
AwsManagedPolicy.AWSElasticBeanstalkRoleECS = 'service-role/AWSElasticBeanstalkRoleECS';
/** (Elastic Beanstalk operations role) Allows an environment to integrate an Amazon RDS instance. */
AwsManagedPolicy.AWSElasticBeanstalkRoleRDS = 'service-role/AWSElasticBeanstalkRoleRDS';
/** (Elastic Beanstalk operations role) Allows an environment to enable Amazon SNS topic integration. */
AwsManagedPolicy.AWSElasticBeanstalkRoleSNS = 'service-role/AWSElasticBeanstalkRoleSNS';
/** (Elastic Beanstalk operations role) Allows a worker environment tier to create an Amazon DynamoDB table and an Amazon SQS queue. */
AwsManagedPolicy.AWSElasticBeanstalkRoleWorkerTier = 'service-role/AWSElasticBeanstalkRoleWorkerTier';
/** This policy is on a deprecation path. See documentation for guidance: https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/iam-servicerole.html. AWS Elastic Beanstalk Service role policy which grants permissions to create & manage resources (i.e.: AutoScaling, EC2, S3, CloudFormation, ELB, etc.) on your behalf. */
AwsManagedPolicy.AWSElasticBeanstalkService = 'service-role/AWSElasticBeanstalkService';
/** AWS Elastic Beanstalk Service Linked Role policy which grants permissions to create & manage resources (i.e.: AutoScaling, EC2, S3, CloudFormation, ELB, etc.) on your behalf. */
AwsManagedPolicy.AWSElasticBeanstalkServiceRolePolicy = 'aws-service-role/AWSElasticBeanstalkServiceRolePolicy';
/** Provide the instances in your web server environment access to upload log files to Amazon S3. */
AwsManagedPolicy.AWSElasticBeanstalkWebTier = 'AWSElasticBeanstalkWebTier';
/** Provide the instances in your worker environment access to upload log files to Amazon S3, to use Amazon SQS to monitor your application's job queue, to use Amazon DynamoDB to perform leader election, and to Amazon CloudWatch to publish metrics for health monitoring. */
AwsManagedPolicy.AWSElasticBeanstalkWorkerTier = 'AWSElasticBeanstalkWorkerTier';
/** This policy allows installing the AWS Replication Agent, which is used with AWS Elastic Disaster Recovery (DRS) to recover external servers to AWS. Attach this policy to your IAM users or roles whose credentials you provide during the installation step of the AWS Replication Agent. */
AwsManagedPolicy.AWSElasticDisasterRecoveryAgentInstallationPolicy = 'AWSElasticDisasterRecoveryAgentInstallationPolicy';
/** This policy allows using the AWS Replication Agent, which is used with AWS Elastic Disaster Recovery (DRS) to recover source servers to AWS. We do not recommend that you attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSElasticDisasterRecoveryAgentPolicy = 'service-role/AWSElasticDisasterRecoveryAgentPolicy';
/** This policy provides full access to all public APIs of AWS Elastic Disaster Recovery (DRS), as well as permissions to read KMS key, License Manager, Resource Groups, Elastic Load Balancing, IAM, and EC2 information. Attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSElasticDisasterRecoveryConsoleFullAccess = 'AWSElasticDisasterRecoveryConsoleFullAccess';
/** This policy provides full access to all public APIs of AWS Elastic Disaster Recovery (AWS DRS), as well as all public APIs in other AWS services used by AWS DRS Console. Attach this policy to your users or roles. */
AwsManagedPolicy.AWSElasticDisasterRecoveryConsoleFullAccessV2 = 'AWSElasticDisasterRecoveryConsoleFullAccess_v2';
/** This policy is attached to the AWS Elastic Disaster Recovery Conversion server's instance role. This policy allows Elastic Disaster Recovery (DRS) Conversion Servers, which are EC2 instances launched by Elastic Disaster Recovery, to communicate with the DRS service. An IAM role with this policy is attached (as an EC2 Instance Profile) by DRS to the DRS Conversion Servers, which are automatically launched and terminated by DRS, when needed. We do not recommend that you attach this policy to your IAM users or roles. DRS Conversion Servers are used by Elastic Disaster Recovery when users choose to recover source servers using the DRS console, CLI, or API. */
AwsManagedPolicy.AWSElasticDisasterRecoveryConversionServerPolicy = 'service-role/AWSElasticDisasterRecoveryConversionServerPolicy';
/** This policy allows AWS Elastic Disaster Recovery (DRS) to support cross-account replication and cross-account failback. */
AwsManagedPolicy.AWSElasticDisasterRecoveryCrossAccountReplicationPolicy = 'service-role/AWSElasticDisasterRecoveryCrossAccountReplicationPolicy';
/** This policy allows installing and using the AWS Replication Agent, which is used by AWS Elastic Disaster Recovery (DRS) to recover source servers that run on EC2 (cross-region or cross-AZ). An IAM role with this policy should be attached (as an EC2 Instance Profile) to the EC2 Instances. */
AwsManagedPolicy.AWSElasticDisasterRecoveryEc2InstancePolicy = 'service-role/AWSElasticDisasterRecoveryEc2InstancePolicy';
/** You can attach the AWSElasticDisasterRecoveryFailbackInstallationPolicy policy to your IAM identities.  This policy allows installing the Elastic Disaster Recovery Failback Client, which is used to failback Recovery Instances back to your original source infrastructure. Attach this policy to your IAM users or roles whose credentials you provide when running the Elastic Disaster Recovery Failback Client. */
AwsManagedPolicy.AWSElasticDisasterRecoveryFailbackInstallationPolicy = 'AWSElasticDisasterRecoveryFailbackInstallationPolicy';
/** This policy allows using the Elastic Disaster Recovery Failback Client, which is used to failback Recovery Instances back to your original source infrastructure. We do not recommend that you attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSElasticDisasterRecoveryFailbackPolicy = 'service-role/AWSElasticDisasterRecoveryFailbackPolicy';
/** This policy allows you to use Amazon SSM and additional services required permissions to run post-launch actions in AWS Elastic Disaster Recovery (AWS DRS). Attach this policy to your IAM roles or users. */
AwsManagedPolicy.AWSElasticDisasterRecoveryLaunchActionsPolicy = 'AWSElasticDisasterRecoveryLaunchActionsPolicy';
/** This policy allows AWS Elastic Disaster Recovery (DRS) to support network replication. */
AwsManagedPolicy.AWSElasticDisasterRecoveryNetworkReplicationPolicy = 'service-role/AWSElasticDisasterRecoveryNetworkReplicationPolicy';
/** You can attach the AWSElasticDisasterRecoveryReadOnlyAccess policy to your IAM identities.  This policy provides permissions to all read-only public APIs of Elastic Disaster Recovery (DRS), as well as some read-only APIs of other AWS services that are required in order to make full read-only use of the DRS console. Attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSElasticDisasterRecoveryReadOnlyAccess = 'AWSElasticDisasterRecoveryReadOnlyAccess';
/** This policy is attached to the instance role of Elastic Disaster Recovery's Recovery Instance.  This policy allows the Elastic Disaster Recovery (DRS) Recovery Instance, which are EC2 instances launched by Elastic Disaster Recovery - to communicate with the DRS service, and to be able to failback to their original source infrastructure. An IAM role with this policy is attached (as an EC2 Instance Profile) by Elastic Disaster Recovery to the DRS Recovery Instances. We do not recommend that you attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSElasticDisasterRecoveryRecoveryInstancePolicy = 'service-role/AWSElasticDisasterRecoveryRecoveryInstancePolicy';
/** This policy is attached to the Elastic Disaster Recovery Replication server's instance role. This policy allows the Elastic Disaster Recovery (DRS) Replication Servers, which are EC2 instances launched by Elastic Disaster Recovery - to communicate with the DRS service, and to create EBS snapshots in your AWS account. An IAM role with this policy is attached (as an EC2 Instance Profile) by Elastic Disaster Recovery to the DRS Replication Servers which are automatically launched and terminated by DRS, as needed. DRS Replication Servers are used to facilitate data replication from your external servers to AWS, as part of the recovery process managed by DRS. We do not recommend that you attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSElasticDisasterRecoveryReplicationServerPolicy = 'service-role/AWSElasticDisasterRecoveryReplicationServerPolicy';
/** This policy allows Elastic Disaster Recovery to manage AWS resources on your behalf. */
AwsManagedPolicy.AWSElasticDisasterRecoveryServiceRolePolicy = 'aws-service-role/AWSElasticDisasterRecoveryServiceRolePolicy';
/** This policy allows read-only access to AWS Elastic Disaster Recovery (DRS) resources such as source servers and jobs. It also allows creating a converted snapshot and sharing that EBS snapshot with a specific account. */
AwsManagedPolicy.AWSElasticDisasterRecoveryStagingAccountPolicy = 'service-role/AWSElasticDisasterRecoveryStagingAccountPolicy';
/** This policy is used by AWS Elastic Disaster Recovery (DRS) to recover source servers into a separate target account and to allow failing back. We do not recommend that you attach this policy to your IAM users or roles. */
AwsManagedPolicy.AWSElasticDisasterRecoveryStagingAccountPolicyV2 = 'service-role/AWSElasticDisasterRecoveryStagingAccountPolicy_v2';
/** Service Linked Role Policy for AWS Elastic Load Balancing Control Plane - Classic */
AwsManagedPolicy.AWSElasticLoadBalancingClassicServiceRolePolicy = 'aws-service-role/AWSElasticLoadBalancingClassicServiceRolePolicy';
/** Service Linked Role Policy for AWS Elastic Load Balancing Control Plane */
AwsManagedPolicy.AWSElasticLoadBalancingServiceRolePolicy = 'aws-service-role/AWSElasticLoadBalancingServiceRolePolicy';
/** Provides full access to create MediaConnect Gateway Bridges and all its associated sub-resources. */
AwsManagedPolicy.AWSElementalMediaConnectCreateBridge = 'AWSElementalMediaConnectCreateBridge';
/** Provides full access to create MediaConnect Flows and all its associated sub-resources. */
AwsManagedPolicy.AWSElementalMediaConnectCreateFlow = 'AWSElementalMediaConnectCreateFlow';
/** Provides full access to delete MediaConnect Gateway Bridges and all its associated sub-resources. */
AwsManagedPolicy.AWSElementalMediaConnectDeleteBridge = 'AWSElementalMediaConnectDeleteBridge';
/** Provides full access to delete MediaConnect Flows and all its associated sub-resources. */
AwsManagedPolicy.AWSElementalMediaConnectDeleteFlow = 'AWSElementalMediaConnectDeleteFlow';
/** Provides full access to AWS Elemental MediaConnect resources. */
AwsManagedPolicy.AWSElementalMediaConnectFullAccess = 'AWSElementalMediaConnectFullAccess';
/** Provides read-only access to AWS Elemental MediaConnect resources. */
AwsManagedPolicy.AWSElementalMediaConnectReadOnlyAccess = 'AWSElementalMediaConnectReadOnlyAccess';
/** Provides full access to AWS Elemental MediaConvert via the AWS Management Console and SDK. */
AwsManagedPolicy.AWSElementalMediaConvertFullAccess = 'AWSElementalMediaConvertFullAccess';
/** Provides read only access to AWS Elemental MediaConvert via the AWS Management Console and SDK. */
AwsManagedPolicy.AWSElementalMediaConvertReadOnly = 'AWSElementalMediaConvertReadOnly';
/** Provides full access to AWS Elemental MediaLive resources */
AwsManagedPolicy.AWSElementalMediaLiveFullAccess = 'AWSElementalMediaLiveFullAccess';
/** Provides read only access to AWS Elemental MediaLive resources */
AwsManagedPolicy.AWSElementalMediaLiveReadOnly = 'AWSElementalMediaLiveReadOnly';
/** Provides full access to AWS Elemental MediaPackage resources */
AwsManagedPolicy.AWSElementalMediaPackageFullAccess = 'AWSElementalMediaPackageFullAccess';
/** Provides read only access to AWS Elemental MediaPackage resources */
AwsManagedPolicy.AWSElementalMediaPackageReadOnly = 'AWSElementalMediaPackageReadOnly';
/** Provides full access to AWS Elemental MediaPackageV2 resources. */
AwsManagedPolicy.AWSElementalMediaPackageV2FullAccess = 'AWSElementalMediaPackageV2FullAccess';
/** Provides read-only access to AWS Elemental MediaPackageV2 resources. */
AwsManagedPolicy.AWSElementalMediaPackageV2ReadOnly = 'AWSElementalMediaPackageV2ReadOnly';
/** Provides full read and write access to all MediaStore APIs */
AwsManagedPolicy.AWSElementalMediaStoreFullAccess = 'AWSElementalMediaStoreFullAccess';
/** Provides read-only permissions for MediaStore APIs */
AwsManagedPolicy.AWSElementalMediaStoreReadOnly = 'AWSElementalMediaStoreReadOnly';
/** Provides full access to AWS Elemental MediaTailor resources */
AwsManagedPolicy.AWSElementalMediaTailorFullAccess = 'AWSElementalMediaTailorFullAccess';
/** Provides read only access to AWS Elemental MediaTailor resources */
AwsManagedPolicy.AWSElementalMediaTailorReadOnly = 'AWSElementalMediaTailorReadOnly';
/** Policy to enable enhanced classic networking management feature. */
AwsManagedPolicy.AWSEnhancedClassicNetworkingMangementPolicy = 'aws-service-role/AWSEnhancedClassicNetworkingMangementPolicy';
/** Provides console full access to AWS Entity Resolution and related services. */
AwsManagedPolicy.AWSEntityResolutionConsoleFullAccess = 'AWSEntityResolutionConsoleFullAccess';
/** Provides read-only access to AWS Entity Resolution via the AWS Management Console. */
AwsManagedPolicy.AWSEntityResolutionConsoleReadOnlyAccess = 'AWSEntityResolutionConsoleReadOnlyAccess';
/** This policy grants the Fault Injection Simulator Service permission in EC2 and other required services to perform FIS actions. */
AwsManagedPolicy.AWSFaultInjectionSimulatorEC2Access = 'service-role/AWSFaultInjectionSimulatorEC2Access';
/** This policy grants the Fault Injection Simulator Service permission in ECS and other required services to perform FIS actions. */
AwsManagedPolicy.AWSFaultInjectionSimulatorECSAccess = 'service-role/AWSFaultInjectionSimulatorECSAccess';
/** This policy grants the Fault Injection Simulator Service permission in EKS and other required services to perform FIS actions. */
AwsManagedPolicy.AWSFaultInjectionSimulatorEKSAccess = 'service-role/AWSFaultInjectionSimulatorEKSAccess';
/** This policy grants the Fault Injection Simulator Service permission in EC2 networking and other required services to perform FIS actions. */
AwsManagedPolicy.AWSFaultInjectionSimulatorNetworkAccess = 'service-role/AWSFaultInjectionSimulatorNetworkAccess';
/** This policy grants the Fault Injection Simulator Service permission in RDS and other required services to perform FIS actions. */
AwsManagedPolicy.AWSFaultInjectionSimulatorRDSAccess = 'service-role/AWSFaultInjectionSimulatorRDSAccess';
/** This policy grants the Fault Injection Simulator Service permission in SSM and other required services to perform FIS actions. */
AwsManagedPolicy.AWSFaultInjectionSimulatorSSMAccess = 'service-role/AWSFaultInjectionSimulatorSSMAccess';
/** Policy to enable access to AWS Service and Resources used or managed by Amazon FinSpace */
AwsManagedPolicy.AWSFinSpaceServiceRolePolicy = 'aws-service-role/AWSFinSpaceServiceRolePolicy';
/** Full access for AWS FM Administrator */
AwsManagedPolicy.AWSFMAdminFullAccess = 'AWSFMAdminFullAccess';
/** Read only access for AWS FM Administrator that allows monitoring AWS FM operations */
AwsManagedPolicy.AWSFMAdminReadOnlyAccess = 'AWSFMAdminReadOnlyAccess';
/** Provides read only access to AWS WAF actions for AWS Firewall Manager member accounts */
AwsManagedPolicy.AWSFMMemberReadOnlyAccess = 'AWSFMMemberReadOnlyAccess';
/** Managed policy for AWS For Wordpress Plugin */
AwsManagedPolicy.AWSForWordPressPluginPolicy = 'AWSForWordPressPluginPolicy';
/** Policy which allows AWS Code Connections to sync content from your git repository */
AwsManagedPolicy.AWSGitSyncServiceRolePolicy = 'aws-service-role/AWSGitSyncServiceRolePolicy';
/** Policy granting permissions to AWS Global Accelerator to manage EC2 Elastic Network Interfaces and Security Groups. */
AwsManagedPolicy.AWSGlobalAcceleratorSLRPolicy = 'aws-service-role/AWSGlobalAcceleratorSLRPolicy';
/** Provides full access to AWS Glue via the AWS Management Console */
AwsManagedPolicy.AWSGlueConsoleFullAccess = 'AWSGlueConsoleFullAccess';
/** Provides full access to AWS Glue via the AWS Management Console and access to sagemaker notebook instances. */
AwsManagedPolicy.AWSGlueConsoleSageMakerNotebookFullAccess = 'AWSGlueConsoleSageMakerNotebookFullAccess';
/** Provides full access to AWS Glue DataBrew via the AWS Management Console. Also provides select access to related services (e.g., S3, KMS, Glue). */
AwsManagedPolicy.AwsGlueDataBrewFullAccessPolicy = 'AwsGlueDataBrewFullAccessPolicy';
/** This policy grants permission to glue to perform action on user's glue data catalog, this policy also provides permission to ec2 actions to allow glue to create ENI to connect to resources in the VPC, also allow glue to access registered data in lakeformation and permission to access user's cloudwatch */
AwsManagedPolicy.AWSGlueDataBrewServiceRole = 'service-role/AWSGlueDataBrewServiceRole';
/** Provides full access to the AWS Glue Schema Registry Service */
AwsManagedPolicy.AWSGlueSchemaRegistryFullAccess = 'AWSGlueSchemaRegistryFullAccess';
/** Provides readonly access to the AWS Glue Schema Registry Service */
AwsManagedPolicy.AWSGlueSchemaRegistryReadonlyAccess = 'AWSGlueSchemaRegistryReadonlyAccess';
/** Policy for AWS Glue service role which allows customer to manage notebook server */
AwsManagedPolicy.AWSGlueServiceNotebookRole = 'service-role/AWSGlueServiceNotebookRole';
/** Policy for AWS Glue service role which allows access to related services including EC2, S3, and Cloudwatch Logs */
AwsManagedPolicy.AWSGlueServiceRole = 'service-role/AWSGlueServiceRole';
/** Provides permissions that allows users to create and use only the notebook sessions that are associated with the user. This policy also includes permissions to explicitly allow users to pass a restricted Glue session role. */
AwsManagedPolicy.AwsGlueSessionUserRestrictedNotebookPolicy = 'AwsGlueSessionUserRestrictedNotebookPolicy';
/** Provides full access to all AWS Glue resources except for sessions. Allows users to create and use only the notebook sessions that are associated with the user. This policy also includes other permissions needed by AWS Glue to manage Glue resources in other AWS services. */
AwsManagedPolicy.AwsGlueSessionUserRestrictedNotebookServiceRole = 'service-role/AwsGlueSessionUserRestrictedNotebookServiceRole';
/** Provides permissions that allows users to create and use only the interactive sessions that are associated with the user. This policy also includes permissions to explicitly allow users to pass a restricted Glue session role. */
AwsManagedPolicy.AwsGlueSessionUserRestrictedPolicy = 'AwsGlueSessionUserRestrictedPolicy';
/** Provides full access to all AWS Glue resources except for sessions. Allows users to create and use only the interactive sessions that are associated with the user. This policy also includes other permissions needed by AWS Glue to manage Glue resources in other AWS services */
AwsManagedPolicy.AwsGlueSessionUserRestrictedServiceRole = 'service-role/AwsGlueSessionUserRestrictedServiceRole';
/** Provides access within Amazon Grafana to create and manage workspaces for the entire organization. */
AwsManagedPolicy.AWSGrafanaAccountAdministrator = 'AWSGrafanaAccountAdministrator';
/** Access to read only operations in Amazon Grafana. */
AwsManagedPolicy.AWSGrafanaConsoleReadOnlyAccess = 'AWSGrafanaConsoleReadOnlyAccess';
/** Provides only the ability to update user and group permissions for AWS Grafana workspaces. */
AwsManagedPolicy.AWSGrafanaWorkspacePermissionManagement = 'AWSGrafanaWorkspacePermissionManagement';
/** Provides ability to update IAM Identity Center (IdC) user and group permissions for Amazon Managed Grafana workspaces. */
AwsManagedPolicy.AWSGrafanaWorkspacePermissionManagementV2 = 'AWSGrafanaWorkspacePermissionManagementV2';
/** This policy gives full access to the AWS Greengrass configuration, management and deployment actions */
AwsManagedPolicy.AWSGreengrassFullAccess = 'AWSGreengrassFullAccess';
/** This policy gives read only access to the AWS Greengrass configuration, management and deployment actions */
AwsManagedPolicy.AWSGreengrassReadOnlyAccess = 'AWSGreengrassReadOnlyAccess';
/** Policy for AWS Greengrass service role which allows access to related services including AWS Lambda and AWS IoT thing shadows. */
AwsManagedPolicy.AWSGreengrassResourceAccessRolePolicy = 'service-role/AWSGreengrassResourceAccessRolePolicy';
/** Provides the Dataflow Endpoint Instance permissions to use the AWS Ground Station Agent */
AwsManagedPolicy.AWSGroundStationAgentInstancePolicy = 'AWSGroundStationAgentInstancePolicy';
/** Allows AWS Health to enable the Health event processor feature. */
AwsManagedPolicy.AWSHealthEventProcessorServiceRolePolicy = 'aws-service-role/AWSHealth_EventProcessorServiceRolePolicy';
/** Allows full access to the AWS Health Apis and Notifications and the Personal Health Dashboard */
AwsManagedPolicy.AWSHealthFullAccess = 'AWSHealthFullAccess';
/** Provides full access to AWS Health Imaging service. */
AwsManagedPolicy.AWSHealthImagingFullAccess = 'AWSHealthImagingFullAccess';
/** Provides read only access to AWS Health Imaging service. */
AwsManagedPolicy.AWSHealthImagingReadOnlyAccess = 'AWSHealthImagingReadOnlyAccess';
/** Provides permissions for AWS HealthImaging to manage service operations and publish service metrics */
AwsManagedPolicy.AWSHealthImagingServiceRolePolicy = 'aws-service-role/AWSHealthImagingServiceRolePolicy';
/** Managed Policy For Amazon HealthOmics Service Linked Role */
AwsManagedPolicy.AWSHealthOmicsServiceLinkedRolePolicy = 'aws-service-role/AWSHealthOmicsServiceLinkedRolePolicy';
/** Provides the list of actions that are allowed for roles assumed with the IAM Identity Center identity context. AWS Security Token Service (AWS STS) automatically attaches this policy to assumed roles. The identity context is passed as ProvidedContext. */
AwsManagedPolicy.AWSIAMIdentityCenterAllowListForIdentityContext = 'AWSIAMIdentityCenterAllowListForIdentityContext';
/** Allows IAM Role Manager to manage resources in your account on your behalf. */
AwsManagedPolicy.AWSIAMRoleManagerServiceRolePolicy = 'aws-service-role/AWSIAMRoleManagerServiceRolePolicy';
/** Provides access to manage IAM Identity Center users from an external provider. */
AwsManagedPolicy.AWSIdentityCenterExternalManagementPolicy = 'service-role/AWSIdentityCenterExternalManagementPolicy';
/** Grants full access to the Identity Sync service */
AwsManagedPolicy.AWSIdentitySyncFullAccess = 'AWSIdentitySyncFullAccess';
/** Read only access to the Identity Sync service */
AwsManagedPolicy.AWSIdentitySyncReadOnlyAccess = 'AWSIdentitySyncReadOnlyAccess';
/** Provides full access to all AWS Image Builder actions and resource scoped access to related AWS services. */
AwsManagedPolicy.AWSImageBuilderFullAccess = 'AWSImageBuilderFullAccess';
/** Provides read only access to all AWS Image Builder actions. */
AwsManagedPolicy.AWSImageBuilderReadOnlyAccess = 'AWSImageBuilderReadOnlyAccess';
/** Provides read and write access to the jobs created under the AWS account. */
AwsManagedPolicy.AWSImportExportFullAccess = 'AWSImportExportFullAccess';
/** Provides read only access to the jobs created under the AWS account. */
AwsManagedPolicy.AWSImportExportReadOnlyAccess = 'AWSImportExportReadOnlyAccess';
/** Grants Incident Manager permissions to call other AWS services as a part of managing an incident. */
AwsManagedPolicy.AWSIncidentManagerIncidentAccessServiceRolePolicy = 'AWSIncidentManagerIncidentAccessServiceRolePolicy';
/** This policy grants permissions to start, view, and update incidents with full access to custom timeline events & related items. Assign this policy to users who will create and resolve incidents. */
AwsManagedPolicy.AWSIncidentManagerResolverAccess = 'AWSIncidentManagerResolverAccess';
/** This policy grants Incident Manager permission to manage incident records and related resources on your behalf. */
AwsManagedPolicy.AWSIncidentManagerServiceRolePolicy = 'aws-service-role/AWSIncidentManagerServiceRolePolicy';
/** Provides full access to IoT Analytics. */
AwsManagedPolicy.AWSIoTAnalyticsFullAccess = 'AWSIoTAnalyticsFullAccess';
/** Provides read only access to IoT Analytics. */
AwsManagedPolicy.AWSIoTAnalyticsReadOnlyAccess = 'AWSIoTAnalyticsReadOnlyAccess';
/** This policy gives full access to the AWS IoT configuration actions */
AwsManagedPolicy.AWSIoTConfigAccess = 'AWSIoTConfigAccess';
/** This policy gives read only access to the AWS IoT configuration actions */
AwsManagedPolicy.AWSIoTConfigReadOnlyAccess = 'AWSIoTConfigReadOnlyAccess';
/** This policy gives full access to the AWS IoT messaging actions */
AwsManagedPolicy.AWSIoTDataAccess = 'AWSIoTDataAccess';
/** Provides write access to IoT thing groups and read access to IoT Certificates for execution of ADD_THINGS_TO_THING_GROUP mitigation action */
AwsManagedPolicy.AWSIoTDeviceDefenderAddThingsToThingGroupMitigationAction = 'service-role/AWSIoTDeviceDefenderAddThingsToThingGroupMitigationAction';
/** Provides read access for IoT and related resources */
AwsManagedPolicy.AWSIoTDeviceDefenderAudit = 'service-role/AWSIoTDeviceDefenderAudit';
/** Provides access for enabling IoT logging for execution of ENABLE_IOT_LOGGING mitigation action */
AwsManagedPolicy.AWSIoTDeviceDefenderEnableIoTLoggingMitigationAction = 'service-role/AWSIoTDeviceDefenderEnableIoTLoggingMitigationAction';
/** Provides messages publish access to SNS topic for execution of PUBLISH_FINDING_TO_SNS mitigation action */
AwsManagedPolicy.AWSIoTDeviceDefenderPublishFindingsToSNSMitigationAction = 'service-role/AWSIoTDeviceDefenderPublishFindingsToSNSMitigationAction';
/** Provides write access to IoT policies for execution of REPLACE_DEFAULT_POLICY_VERSION mitigation action */
AwsManagedPolicy.AWSIoTDeviceDefenderReplaceDefaultPolicyMitigationAction = 'service-role/AWSIoTDeviceDefenderReplaceDefaultPolicyMitigationAction';
/** Provides write access to IoT CA certificates for execution of  UPDATE_CA_CERTIFICATE mitigation action */
AwsManagedPolicy.AWSIoTDeviceDefenderUpdateCACertMitigationAction = 'service-role/AWSIoTDeviceDefenderUpdateCACertMitigationAction';
/** Provides write access to IoT certificates for execution of UPDATE_DEVICE_CERTIFICATE mitigation action */
AwsManagedPolicy.AWSIoTDeviceDefenderUpdateDeviceCertMitigationAction = 'service-role/AWSIoTDeviceDefenderUpdateDeviceCertMitigationAction';
/** Allows AWS IoT Device Tester to run the FreeRTOS qualification suite by allowing access to services including IoT, S3, and IAM */
AwsManagedPolicy.AWSIoTDeviceTesterForFreeRTOSFullAccess = 'AWSIoTDeviceTesterForFreeRTOSFullAccess';
/** Allows AWS IoT Device Tester to run the AWS Greengrass qualification suite by allowing access to related services including Lambda, IoT, API Gateway, IAM */
AwsManagedPolicy.AWSIoTDeviceTesterForGreengrassFullAccess = 'AWSIoTDeviceTesterForGreengrassFullAccess';
/** Provides full access to IoT Events. */
AwsManagedPolicy.AWSIoTEventsFullAccess = 'AWSIoTEventsFullAccess';
/** Provides read only access to IoT Events. */
AwsManagedPolicy.AWSIoTEventsReadOnlyAccess = 'AWSIoTEventsReadOnlyAccess';
/** Federation access for IoT Fleet Hub applications */
AwsManagedPolicy.AWSIoTFleetHubFederationAccess = 'service-role/AWSIoTFleetHubFederationAccess';
/** Grants permissions to AWS Resources and metaData used or managed by AWSIoTFleetwise for auxiliary features */
AwsManagedPolicy.AWSIoTFleetwiseServiceRolePolicy = 'aws-service-role/AWSIoTFleetwiseServiceRolePolicy';
/** This policy gives full access to the AWS IoT configuration and messaging actions */
AwsManagedPolicy.AWSIoTFullAccess = 'AWSIoTFullAccess';
/** Allows creation of Amazon CloudWatch Log groups and streaming logs to the groups */
AwsManagedPolicy.AWSIoTLogging = 'service-role/AWSIoTLogging';
/** Provides full access to managed integrations for AWS IoT Device Management and related services. */
AwsManagedPolicy.AWSIoTManagedIntegrationsFullAccess = 'AWSIoTManagedIntegrationsFullAccess';
/** Provides managed integrations for AWS IoT Device Management permission to publish logs and metrics on your behalf. */
AwsManagedPolicy.AWSIoTManagedIntegrationsRolePolicy = 'aws-service-role/AWSIoTManagedIntegrationsRolePolicy';
/** Allows access to create AWS IoT Job and describe the AWS code signer job */
AwsManagedPolicy.AWSIoTOTAUpdate = 'service-role/AWSIoTOTAUpdate';
/** Allows access to all AWS services supported in AWS IoT Rule Actions */
AwsManagedPolicy.AWSIoTRuleActions = 'service-role/AWSIoTRuleActions';
/** Provides full access to manage AWS IoT SiteWise using the AWS Management Console. Note this policy also grants access to create and list data stores used with AWS IoT SiteWise (e.g. AWS IoT Analytics), access to list and view AWS IoT Greengrass resources, list and modify AWS Secrets Manager secrets, retrieve AWS IoT thing shadows, list resources with specific tags, and create and use a service-linked role for AWS IoT SiteWise. */
AwsManagedPolicy.AWSIoTSiteWiseConsoleFullAccess = 'AWSIoTSiteWiseConsoleFullAccess';
/** Provides full access to IoT SiteWise. */
AwsManagedPolicy.AWSIoTSiteWiseFullAccess = 'AWSIoTSiteWiseFullAccess';
/** This policy grants permissions to access AWS IoT SiteWise assets and asset data, create AWS IoT SiteWise Monitor resources, and list AWS SSO users. */
AwsManagedPolicy.AWSIoTSiteWiseMonitorPortalAccess = 'service-role/AWSIoTSiteWiseMonitorPortalAccess';
/** This role grants AWS IoT SiteWise monitor permissions to access your AWS IoT SiteWise assets & asset properties, and create AWS IoT Sitewise projects, dashboards & access policies through AWS IoT SiteWise portals. */
AwsManagedPolicy.AWSIoTSiteWiseMonitorServiceRolePolicy = 'aws-service-role/AWSIoTSiteWiseMonitorServiceRolePolicy';
/** Provides read only access to IoT SiteWise. */
AwsManagedPolicy.AWSIoTSiteWiseReadOnlyAccess = 'AWSIoTSiteWiseReadOnlyAccess';
/** This policy allows users to register things at bulk using AWS IoT StartThingRegistrationTask API */
AwsManagedPolicy.AWSIoTThingsRegistration = 'service-role/AWSIoTThingsRegistration';
/** Allows AWS IoT TwinMaker to call other AWS services and to sync their resources on your behalf. */
AwsManagedPolicy.AWSIoTTwinMakerServiceRolePolicy = 'aws-service-role/AWSIoTTwinMakerServiceRolePolicy';
/** Allows the associated identity data access to AWS IoT Wireless devices. */
AwsManagedPolicy.AWSIoTWirelessDataAccess = 'AWSIoTWirelessDataAccess';
/** Allows the associated identity full access to all AWS IoT Wireless operations. */
AwsManagedPolicy.AWSIoTWirelessFullAccess = 'AWSIoTWirelessFullAccess';
/** Provides IoT Wireless full access to publish to IoT Rules Engine on your behalf. */
AwsManagedPolicy.AWSIoTWirelessFullPublishAccess = 'AWSIoTWirelessFullPublishAccess';
/** Allows the associated identity access to create, list and describe IoT Certificates */
AwsManagedPolicy.AWSIoTWirelessGatewayCertManager = 'AWSIoTWirelessGatewayCertManager';
/** Allows the associated identity to create Amazon CloudWatch Logs groups and stream logs to the groups. */
AwsManagedPolicy.AWSIoTWirelessLogging = 'AWSIoTWirelessLogging';
/** Allows the associated identity read only access to AWS IoT wireless. */
AwsManagedPolicy.AWSIoTWirelessReadOnlyAccess = 'AWSIoTWirelessReadOnlyAccess';
/** Allows VPC IP Address Manager to access VPC resources and integrate with AWS Organizations on your behalf. */
AwsManagedPolicy.AWSIPAMServiceRolePolicy = 'aws-service-role/AWSIPAMServiceRolePolicy';
/** Used by AWS IQ to execute payment requests on behalf of a customer */
AwsManagedPolicy.AWSIQContractServiceRolePolicy = 'aws-service-role/AWSIQContractServiceRolePolicy';
/** Provides full access to AWS IQ */
AwsManagedPolicy.AWSIQFullAccess = 'AWSIQFullAccess';
/** Allows AWS IQ to manage the role assumed by AWS IQ experts. */
AwsManagedPolicy.AWSIQPermissionServiceRolePolicy = 'aws-service-role/AWSIQPermissionServiceRolePolicy';
/** Enables access to AWS services and resources required for AWS KMS custom key stores */
AwsManagedPolicy.AWSKeyManagementServiceCustomKeyStoresServiceRolePolicy = 'aws-service-role/AWSKeyManagementServiceCustomKeyStoresServiceRolePolicy';
/** Enables AWS KMS to synchronize the shared properties of multi-Region keys. */
AwsManagedPolicy.AWSKeyManagementServiceMultiRegionKeysServiceRolePolicy = 'aws-service-role/AWSKeyManagementServiceMultiRegionKeysServiceRolePolicy';
/** Provides access to AWS Key Management Service (KMS). */
AwsManagedPolicy.AWSKeyManagementServicePowerUser = 'AWSKeyManagementServicePowerUser';
/** Provides cross account access to Glue resources via Lake Formation. Also grants read access to other required services such as organizations and resource access manager */
AwsManagedPolicy.AWSLakeFormationCrossAccountManager = 'AWSLakeFormationCrossAccountManager';
/** Grants administrative access to AWS Lake Formation and related services, such as AWS Glue, to manage data lakes */
AwsManagedPolicy.AWSLakeFormationDataAdmin = 'AWSLakeFormationDataAdmin';
/** Grants full access to AWS Lambda service, AWS Lambda console features, and other related AWS services. */
AwsManagedPolicy.AWSLambdaFullAccess = 'AWSLambda_FullAccess';
/** Grants read-only access to AWS Lambda service, AWS Lambda console features, and other related AWS services. */
AwsManagedPolicy.AWSLambdaReadOnlyAccess = 'AWSLambda_ReadOnlyAccess';
/** Provides write permissions to CloudWatch Logs and read/write permissions to durable execution APIs used by Lambda durable functions */
AwsManagedPolicy.AWSLambdaBasicDurableExecutionRolePolicy = 'service-role/AWSLambdaBasicDurableExecutionRolePolicy';
/** Provides write permissions to CloudWatch Logs. */
AwsManagedPolicy.AWSLambdaBasicExecutionRole = 'service-role/AWSLambdaBasicExecutionRole';
/** Provides list and read access to DynamoDB streams and write permissions to CloudWatch logs. */
AwsManagedPolicy.AWSLambdaDynamoDBExecutionRole = 'service-role/AWSLambdaDynamoDBExecutionRole';
/** Provides minimum permissions for a Lambda function to manage ENIs (create, describe, delete) used by a VPC-enabled Lambda Function. */
AwsManagedPolicy.AWSLambdaENIManagementAccess = 'service-role/AWSLambdaENIManagementAccess';
/** Provides Put, Get access to S3 and full access to CloudWatch Logs. */
AwsManagedPolicy.AWSLambdaExecute = 'AWSLambdaExecute';
/** Provides read access to DynamoDB Streams. */
AwsManagedPolicy.AWSLambdaInvocationDynamoDB = 'AWSLambdaInvocation-DynamoDB';
/** Provides list and read access to Kinesis streams and write permissions to CloudWatch logs. */
AwsManagedPolicy.AWSLambdaKinesisExecutionRole = 'service-role/AWSLambdaKinesisExecutionRole';
/** This policy grants permissions to to create and administer EC2 resources managed by the Lambda Managed Instances, and descriptive permissions. */
AwsManagedPolicy.AWSLambdaManagedEC2ResourceOperator = 'AWSLambdaManagedEC2ResourceOperator';
/** Provides permissions required to access MSK Cluster within a VPC, manage ENIs (create, describe, delete) in the VPC and write permissions to CloudWatch Logs. */
AwsManagedPolicy.AWSLambdaMSKExecutionRole = 'service-role/AWSLambdaMSKExecutionRole';
/** This policy grants permissions to create and administer ENI resources managed by the Lambda Network Connector */
AwsManagedPolicy.AWSLambdaNetworkConnectorOperatorPolicy = 'AWSLambdaNetworkConnectorOperatorPolicy';
/** Grants Lambda Replicator necessary permissions to replicate functions across regions */
AwsManagedPolicy.AWSLambdaReplicator = 'aws-service-role/AWSLambdaReplicator';
/** Default policy for AWS Lambda service role. */
AwsManagedPolicy.AWSLambdaRole = 'service-role/AWSLambdaRole';
/** Allows Lambda to describe and terminate managed instances from EC2 on your behalf. */
AwsManagedPolicy.AWSLambdaServiceRolePolicy = 'aws-service-role/AWSLambdaServiceRolePolicy';
/** Provides receive message, delete message, and read attribute access to SQS queues, and write permissions to CloudWatch logs. */
AwsManagedPolicy.AWSLambdaSQSQueueExecutionRole = 'service-role/AWSLambdaSQSQueueExecutionRole';
/** Provides minimum permissions for a Lambda function to execute while accessing a resource within a VPC - create, describe, delete network interfaces and write permissions to CloudWatch Logs. */
AwsManagedPolicy.AWSLambdaVPCAccessExecutionRole = 'service-role/AWSLambdaVPCAccessExecutionRole';
/** Provides permissions to allow access to the AWS License Manager API actions required to consume upon licenses that the user has entitlements. */
AwsManagedPolicy.AWSLicenseManagerConsumptionPolicy = 'service-role/AWSLicenseManagerConsumptionPolicy';
/** Allows AWS License Manager Linux Subscriptions Service to manage resources on your behalf. */
AwsManagedPolicy.AWSLicenseManagerLinuxSubscriptionsServiceRolePolicy = 'aws-service-role/AWSLicenseManagerLinuxSubscriptionsServiceRolePolicy';
/** AWS License Manager service master account role policy */
AwsManagedPolicy.AWSLicenseManagerMasterAccountRolePolicy = 'aws-service-role/AWSLicenseManagerMasterAccountRolePolicy';
/** AWS License Manager service member account role policy */
AwsManagedPolicy.AWSLicenseManagerMemberAccountRolePolicy = 'aws-service-role/AWSLicenseManagerMemberAccountRolePolicy';
/** AWS License Manager service default role policy */
AwsManagedPolicy.AWSLicenseManagerServiceRolePolicy = 'aws-service-role/AWSLicenseManagerServiceRolePolicy';
/** Allows AWS License Manager User Subscriptions Service to manage resources on your behalf. */
AwsManagedPolicy.AWSLicenseManagerUserSubscriptionsServiceRolePolicy = 'aws-service-role/AWSLicenseManagerUserSubscriptionsServiceRolePolicy';
/** Allows AWS M2 to manage AWS resources on your behalf. */
AwsManagedPolicy.AWSM2ServicePolicy = 'aws-service-role/AWSM2ServicePolicy';
/** Grants AWS permissions to update and maintain AWS managed roles for AWS managed accounts */
AwsManagedPolicy.AWSManagedAccountManagementAccess = 'AWSManagedAccountManagementAccess';
/** Grants AWS permissions to manage account access entitlements for AWS managed accounts */
AwsManagedPolicy.AWSManagedAccountUserEntitlementAccess = 'AWSManagedAccountUserEntitlementAccess';
/** Grants AWS permission to activate advanced features for AWS managed accounts */
AwsManagedPolicy.AWSManagedAdvancedFeaturesActivationAccess = 'AWSManagedAdvancedFeaturesActivationAccess';
/** Grants the AWS Budgets service permissions to attach and detach Service Control Policies and manage accounts in an AWS Organization to enforce spend limit guardrails on member accounts. */
AwsManagedPolicy.AWSManagedBudgetsSpendLimitManagementAccess = 'AWSManagedBudgetsSpendLimitManagementAccess';
/** Grants AWS permission to manage organization control policies for AWS managed accounts */
AwsManagedPolicy.AWSManagedControlPolicyManagementAccess = 'AWSManagedControlPolicyManagementAccess';
/** Grants permissions to manage Service Control Policies (SCPs) in AWS Organizations for the AWS Managed Service Access Management service. Includes permissions to list, create, update, and attach SCPs scoped to policies tagged with ManagedBy=service-access. */
AwsManagedPolicy.AWSManagedServiceAccessManagementAccess = 'service-role/AWSManagedServiceAccessManagementAccess';
/** Allows AWS Managed Services to read the values of the tags on AWS resources */
AwsManagedPolicy.AWSManagedServicesContactsServiceRolePolicy = 'aws-service-role/AWSManagedServices_ContactsServiceRolePolicy';
/** AWS Managed Services - policy to manage detective controls infrastructure */
AwsManagedPolicy.AWSManagedServicesDetectiveControlsConfigServiceRolePolicy = 'aws-service-role/AWSManagedServices_DetectiveControlsConfig_ServiceRolePolicy';
/** AWS Managed Services policy to enable AMS event processor feature. */
AwsManagedPolicy.AWSManagedServicesEventsServiceRolePolicy = 'aws-service-role/AWSManagedServices_EventsServiceRolePolicy';
/** Allows Amazon's AWS Managed Service's Self Service Reporting feature to read AWS Organization data on your behalf to enable organization level aggregated reporting */
AwsManagedPolicy.AWSManagedServicesSelfServiceReportingServiceRolePolicy = 'aws-service-role/AWSManagedServices_SelfServiceReporting_ServiceRolePolicy';
/** Allows AWS Managed Services to manage deployment toolkit on your behalf. */
AwsManagedPolicy.AWSManagedServicesDeploymentToolkitPolicy = 'aws-service-role/AWSManagedServicesDeploymentToolkitPolicy';
/** Grants full administrative access to AWS account settings management. This policy allows owners to view and modify account information, billing, payments, tax registration, identity management, organization policies, budgets, cost analysis, and workspace notifications. Intended for workspace owners who need complete administrative access over account configuration and member management. The policy does not grant access to compute, storage, networking, or other infrastructure services unrelated to account settings. */
AwsManagedPolicy.AWSManagedSettingsAdminAccess = 'AWSManagedSettingsAdminAccess';
/** Grants team members read-only access to AWS Settings, including workspace and owner information, team membership, plan and spend summary. It does not grant permissions to modify workspace configuration or to manage billing and payments. */
AwsManagedPolicy.AWSManagedSettingsReadOnlyAccess = 'AWSManagedSettingsReadOnlyAccess';
/** Grants AWS permission to complete signup for AWS managed accounts. */
AwsManagedPolicy.AWSManagedSignUpAdminAccess = 'service-role/AWSManagedSignUpAdminAccess';
/** Provides full access to configure and customize the AWS Management Console */
AwsManagedPolicy.AWSManagementConsoleAdministratorAccess = 'job-function/AWSManagementConsoleAdministratorAccess';
/** Grants access to essential AWS Management Console features and user experience (UX) capabilities for non-administrative users. */
AwsManagedPolicy.AWSManagementConsoleBasicUserAccess = 'AWSManagementConsoleBasicUserAccess';
/** Allows AWS Marketplace to copy your Amazon Machine Images (AMIs) in order to list them on AWS Marketplace */
AwsManagedPolicy.AWSMarketplaceAmiIngestion = 'AWSMarketplaceAmiIngestion';
/** Allows AWS Marketplace to create and manage seller deployment parameters for the products that you subscribe to on AWS Marketplace. */
AwsManagedPolicy.AWSMarketplaceDeploymentServiceRolePolicy = 'aws-service-role/AWSMarketplaceDeploymentServiceRolePolicy';
/** Provides full access to the AWS Marketplace Discovery API for searching and retrieving product and pricing information. */
AwsManagedPolicy.AWSMarketplaceDiscoveryFullAccess = 'AWSMarketplaceDiscoveryFullAccess';
/** Provides the ability to subscribe and unsubscribe to AWS Marketplace software, allows users to manage Marketplace software instances from the Marketplace 'Your Software' page, and provides administrative access to EC2. */
AwsManagedPolicy.AWSMarketplaceFullAccess = 'AWSMarketplaceFullAccess';
/** Provides read access to AWS Marketplace Entitlements */
AwsManagedPolicy.AWSMarketplaceGetEntitlements = 'AWSMarketplaceGetEntitlements';
/** Enables access to AWS Services and Resources used or managed by AWS Marketplace for license management. */
AwsManagedPolicy.AWSMarketplaceLicenseManagementServiceRolePolicy = 'aws-service-role/AWSMarketplaceLicenseManagementServiceRolePolicy';
/** Provides the ability to subscribe and unsubscribe to AWS Marketplace software */
AwsManagedPolicy.AWSMarketplaceManageSubscriptions = 'AWSMarketplaceManageSubscriptions';
/** Provides full access to AWS Marketplace Metering. */
AwsManagedPolicy.AWSMarketplaceMeteringFullAccess = 'AWSMarketplaceMeteringFullAccess';
/** Provides permissions to register a resource and track usage through AWS Marketplace Metering Service. */
AwsManagedPolicy.AWSMarketplaceMeteringRegisterUsage = 'AWSMarketplaceMeteringRegisterUsage';
/** Provides full access to all administrative actions for an AWS Marketplace eProcurement integration. */
AwsManagedPolicy.AWSMarketplaceProcurementSystemAdminFullAccess = 'AWSMarketplaceProcurementSystemAdminFullAccess';
/** Enables access for AWS Marketplace services to purchase order management. */
AwsManagedPolicy.AWSMarketplacePurchaseOrdersServiceRolePolicy = 'aws-service-role/AWSMarketplacePurchaseOrdersServiceRolePolicy';
/** Provides the ability to review AWS Marketplace subscriptions */
AwsManagedPolicy.AWSMarketplaceReadOnly = 'AWSMarketplaceRead-only';
/** Enables access to AWS Services and Resources used or managed by AWS Marketplace for Resale Authorization. */
AwsManagedPolicy.AWSMarketplaceResaleAuthorizationServiceRolePolicy = 'aws-service-role/AWSMarketplaceResaleAuthorizationServiceRolePolicy';
/** Provides full access to all seller operations on the AWS Marketplace and other AWS services such as AMI management. */
AwsManagedPolicy.AWSMarketplaceSellerFullAccess = 'AWSMarketplaceSellerFullAccess';
/** Provides sellers access to Offers and Agreements management activities. */
AwsManagedPolicy.AWSMarketplaceSellerOfferManagement = 'AWSMarketplaceSellerOfferManagement';
/** Provides sellers full access to AWS Marketplace Management Products page and other AWS services such as AMI management. */
AwsManagedPolicy.AWSMarketplaceSellerProductsFullAccess = 'AWSMarketplaceSellerProductsFullAccess';
/** Provide sellers read-only access to AWS Marketplace Management Products page. */
AwsManagedPolicy.AWSMarketplaceSellerProductsReadOnly = 'AWSMarketplaceSellerProductsReadOnly';
/** Provides full access to all MCP service actions. This policy does not grant access to the actions taken by the MCP, only the MCP actions themselves. */
AwsManagedPolicy.AWSMcpServiceActionsFullAccess = 'AWSMcpServiceActionsFullAccess';
/** Provides access to authenticate to the AWS MCP server using AWS Sign-In OAuth */
AwsManagedPolicy.AWSMCPSignInOAuthAccessPolicy = 'AWSMCPSignInOAuthAccessPolicy';
/** The default policy that enables access to AWS Services and Resources used or managed by MediaConnect. */
AwsManagedPolicy.AWSMediaConnectServicePolicy = 'aws-service-role/AWSMediaConnectServicePolicy';
/** Allows MediaLive Anywhere to create and manage AWS resources on your behalf. */
AwsManagedPolicy.AWSMediaLiveAnywhereServiceRolePolicy = 'aws-service-role/AWSMediaLiveAnywhereServiceRolePolicy';
/** Enable access to AWS Resources used or managed by MediaTailor */
AwsManagedPolicy.AWSMediaTailorServiceRolePolicy = 'aws-service-role/AWSMediaTailorServiceRolePolicy';
/** Policy allows AWSMigrationHubService to call AWSApplicationDiscoveryService on behalf of the customer. */
AwsManagedPolicy.AWSMigrationHubDiscoveryAccess = 'service-role/AWSMigrationHubDiscoveryAccess';
/** Policy for Database Migration Service to assume role in customer's account to call Migration Hub */
AwsManagedPolicy.AWSMigrationHubDMSAccess = 'service-role/AWSMigrationHubDMSAccess';
/** Managed policy to provide the customer access to the Migration Hub Service */
AwsManagedPolicy.AWSMigrationHubFullAccess = 'AWSMigrationHubFullAccess';
/** Provides limited access to AWS Migration Hub, AWS Application Discovery Service, Amazon Simple Storage Service and AWS Secrets Manager. This policy also grants full access to AWS Migration Hub Orchestrator service. */
AwsManagedPolicy.AWSMigrationHubOrchestratorConsoleFullAccess = 'AWSMigrationHubOrchestratorConsoleFullAccess';
/** This policy needs to be attached for SAP and MGN migrated instance for our service to orchestrate instances by downloading scripts from S3 and to fetch secret values inside EC2 instance. */
AwsManagedPolicy.AWSMigrationHubOrchestratorInstanceRolePolicy = 'AWSMigrationHubOrchestratorInstanceRolePolicy';
/** Provides limited access to Amazon Simple Storage Service, AWS Secrets Manager and Plugin related actions for AWS Migration Hub Orchestrator. */
AwsManagedPolicy.AWSMigrationHubOrchestratorPlugin = 'AWSMigrationHubOrchestratorPlugin';
/** Provides permissions necessary for Migration Hub Orchestrator to migrate and modernize your on-premises workloads */
AwsManagedPolicy.AWSMigrationHubOrchestratorServiceRolePolicy = 'aws-service-role/AWSMigrationHubOrchestratorServiceRolePolicy';
/** Grants full access to AWS Migration Hub Refactor Spaces and other AWS related services except AWS Transit Gateway and EC2 security groups not required when using environments without a network bridge. This policy also excludes permissions required for AWS Lambda and AWS Resource Access Manager as they can be scoped down based on tags. */
AwsManagedPolicy.AWSMigrationHubRefactorSpacesEnvironmentsWithoutBridgesFullAccess = 'AWSMigrationHubRefactorSpaces-EnvironmentsWithoutBridgesFullAccess';
/** Use in the IAM service role passed to the SSM Automation document AWSRefactorSpaces-CreateResources to grant permissions required to run the automation. The policy grants read/write access to EC2 tags in order to track automation progress. When the Refactor Spaces environment's network bridge is enabled, the automation also adds the environment's security group to the EC2 instance to permit traffic from other Refactor Spaces services in the environment. The policy also grants access to the Application Migration Service's post launch actions SSM parameters. */
AwsManagedPolicy.AWSMigrationHubRefactorSpacesSSMAutomationPolicy = 'service-role/AWSMigrationHubRefactorSpaces-SSMAutomationPolicy';
/** Grants full access to AWS MigrationHub Refactor Spaces, AWS MigrationHub Refactor Spaces console features and other related AWS services except permissions required for AWS Lambda and AWS Resource Access Manager as they can be scoped down based on tags. */
AwsManagedPolicy.AWSMigrationHubRefactorSpacesFullAccess = 'AWSMigrationHubRefactorSpacesFullAccess';
/** Provides access to AWS Resources managed or used by AWS Migration Hub Refactor Spaces. */
AwsManagedPolicy.AWSMigrationHubRefactorSpacesServiceRolePolicy = 'aws-service-role/AWSMigrationHubRefactorSpacesServiceRolePolicy';
/** Policy for Server Migration Service to assume role in customer's account to call Migration Hub */
AwsManagedPolicy.AWSMigrationHubSMSAccess = 'service-role/AWSMigrationHubSMSAccess';
/** Grants permissions to allow communication with the AWS Migration Hub Strategy Recommendations service, read/write access to S3 buckets related to the service, Amazon API Gateway access to upload logs and metrics to AWS, AWS Secrets Manager access to fetch credentials, and any related services. */
AwsManagedPolicy.AWSMigrationHubStrategyCollector = 'AWSMigrationHubStrategyCollector';
/** Grants full access to the AWS Migration Hub Strategy Recommendations service and access to related AWS services through the AWS Management Console. */
AwsManagedPolicy.AWSMigrationHubStrategyConsoleFullAccess = 'AWSMigrationHubStrategyConsoleFullAccess';
/** Enable access to AWS Resources used or managed by AWS Migration Hub Strategy Recommendations service. */
AwsManagedPolicy.AWSMigrationHubStrategyServiceRolePolicy = 'aws-service-role/AWSMigrationHubStrategyServiceRolePolicy';
/** Grants permissions to Amazon MSK Replicator to replicate data between MSK Clusters. */
AwsManagedPolicy.AWSMSKReplicatorExecutionRole = 'service-role/AWSMSKReplicatorExecutionRole';
/** Provides permissions to manage VPC resources for the configuration and management of NAT Gateways. */
AwsManagedPolicy.AWSNATGatewayServiceRolePolicy = 'aws-service-role/AWSNATGatewayServiceRolePolicy';
/** Grants full access to AWS Network Firewall service, including permissions to create, configure, manage, and delete firewall resources, policies, and rule groups. Additionally includes permissions to modify VPC endpoints, S3 bucket policies, CloudWatch Logs configurations, and create service-linked roles for Network Firewall and log delivery services */
AwsManagedPolicy.AWSNetworkFirewallFullAccess = 'AWSNetworkFirewallFullAccess';
/** Provides read-only access to AWS Network Firewall resources via the AWS Management Console, CLI, and SDKs. This policy allows users to view and monitor firewall configurations, policies, rule groups, and associated resources, without the ability to make changes. */
AwsManagedPolicy.AWSNetworkFirewallReadOnlyAccess = 'AWSNetworkFirewallReadOnlyAccess';
/** Allow AWSNetworkFirewall to create and manage necessary resources for your Firewalls. */
AwsManagedPolicy.AWSNetworkFirewallServiceRolePolicy = 'aws-service-role/AWSNetworkFirewallServiceRolePolicy';
/** Allow NetworkManager to access resources associated with your Core Network */
AwsManagedPolicy.AWSNetworkManagerCloudWANServiceRolePolicy = 'aws-service-role/AWSNetworkManagerCloudWANServiceRolePolicy';
/** Provides full access to Amazon NetworkManager via the AWS Management Console. */
AwsManagedPolicy.AWSNetworkManagerFullAccess = 'AWSNetworkManagerFullAccess';
/** Provides read only access to Amazon NetworkManager via the AWS Management Console. */
AwsManagedPolicy.AWSNetworkManagerReadOnlyAccess = 'AWSNetworkManagerReadOnlyAccess';
/** Allow NetworkManager to access resources associated with your Global Networks */
AwsManagedPolicy.AWSNetworkManagerServiceRolePolicy = 'aws-service-role/AWSNetworkManagerServiceRolePolicy';
/** Service-linked role permissions for CloudWatch Logs centralization */
AwsManagedPolicy.AWSObservabilityAdminLogsCentralizationServiceRolePolicy = 'aws-service-role/AWSObservabilityAdminLogsCentralizationServiceRolePolicy';
/** Provides access to manage AWS Config Configuration Recorder, manage AWS Config Configuration Aggregator, create AWS Config Service Linked Role for Configuration Recorder functionality, consume recorder configuration data, and read AWS Organizations data for organizational features. */
AwsManagedPolicy.AWSObservabilityAdminServiceRolePolicy = 'aws-service-role/AWSObservabilityAdminServiceRolePolicy';
/** Provides access to manage AWS Config recorder resource and telemetry settings on AWS resources including logs, metrics. */
AwsManagedPolicy.AWSObservabilityAdminTelemetryEnablementServiceRolePolicy = 'aws-service-role/AWSObservabilityAdminTelemetryEnablementServiceRolePolicy';
/** Provides full access to AWS Organizations. */
AwsManagedPolicy.AWSOrganizationsFullAccess = 'AWSOrganizationsFullAccess';
/** Provides read-only access to AWS Organizations. */
AwsManagedPolicy.AWSOrganizationsReadOnlyAccess = 'AWSOrganizationsReadOnlyAccess';
/** A policy to allow AWS Organizations to share trust with other approved AWS Services for the purpose of simplifying customer configuration. */
AwsManagedPolicy.AWSOrganizationsServiceTrustPolicy = 'aws-service-role/AWSOrganizationsServiceTrustPolicy';
/** This policy grants permissions that allow you to install an Outpost server on your on-premises network. */
AwsManagedPolicy.AWSOutpostsAuthorizeServerPolicy = 'AWSOutpostsAuthorizeServerPolicy';
/** Service Linked Role policy to enable access to AWS resources managed by AWS Outposts */
AwsManagedPolicy.AWSOutpostsServiceRolePolicy = 'aws-service-role/AWSOutpostsServiceRolePolicy';
/** Allows AWS IoT software on an AWS Panorama Appliance to upload logs to Amazon CloudWatch. */
AwsManagedPolicy.AWSPanoramaApplianceRolePolicy = 'service-role/AWSPanoramaApplianceRolePolicy';
/** Allows an AWS Panorama Appliance to upload logs to Amazon CloudWatch, and to get objects from Amazon S3 access points created for use with AWS Panorama. */
AwsManagedPolicy.AWSPanoramaApplianceServiceRolePolicy = 'service-role/AWSPanoramaApplianceServiceRolePolicy';
/** Provides full access to AWS Panorama */
AwsManagedPolicy.AWSPanoramaFullAccess = 'AWSPanoramaFullAccess';
/** Allows an AWS Lambda function on an AWS Panorama Appliance to manage resources in Panorama, upload logs and metrics to Amazon CloudWatch, and to manage objects in buckets created for use with Panorama. */
AwsManagedPolicy.AWSPanoramaGreengrassGroupRolePolicy = 'service-role/AWSPanoramaGreengrassGroupRolePolicy';
/** Allows Amazon SageMaker to manage objects in buckets created for use with AWS Panorama. */
AwsManagedPolicy.AWSPanoramaSageMakerRolePolicy = 'service-role/AWSPanoramaSageMakerRolePolicy';
/** Allows AWS Panorama to manage resources in AWS IoT, AWS Secrets Manager and AWS Panorama. */
AwsManagedPolicy.AWSPanoramaServiceLinkedRolePolicy = 'aws-service-role/AWSPanoramaServiceLinkedRolePolicy';
/** Allows AWS Panorama to manage resources in Amazon S3, AWS IoT, AWS IoT GreenGrass, AWS Lambda, Amazon SageMaker, and Amazon CloudWatch Logs, and to pass service roles to AWS IoT, AWS IoT GreenGrass, and Amazon SageMaker. */
AwsManagedPolicy.AWSPanoramaServiceRolePolicy = 'service-role/AWSPanoramaServiceRolePolicy';
/** Provides necessary access for channel handshake approval management activities. */
AwsManagedPolicy.AWSPartnerCentralChannelHandshakeApprovalManagement = 'AWSPartnerCentralChannelHandshakeApprovalManagement';
/** Provides necessary access for channel management activities. */
AwsManagedPolicy.AWSPartnerCentralChannelManagement = 'AWSPartnerCentralChannelManagement';
/** Provides full access to AWS Partner Central and related AWS Services. */
AwsManagedPolicy.AWSPartnerCentralFullAccess = 'AWSPartnerCentralFullAccess';
/** Provides necessary access for marketing activities. */
AwsManagedPolicy.AWSPartnerCentralMarketingManagement = 'AWSPartnerCentralMarketingManagement';
/** Provides necessary access for opportunity management activities. */
AwsManagedPolicy.AWSPartnerCentralOpportunityManagement = 'AWSPartnerCentralOpportunityManagement';
/** Provides necessary access for revenue attribution management activities. */
AwsManagedPolicy.AWSPartnerCentralRevenueAttributionManagement = 'AWSPartnerCentralRevenueAttributionManagement';
/** Provides necessary access for developer testing in the Sandbox catalog. */
AwsManagedPolicy.AWSPartnerCentralSandboxFullAccess = 'AWSPartnerCentralSandboxFullAccess';
/** Provides access to the ResourceSnapshotJob to read a resource and snapshot it in the target engagement. */
AwsManagedPolicy.AWSPartnerCentralSellingResourceSnapshotJobExecutionRolePolicy = 'AWSPartnerCentralSellingResourceSnapshotJobExecutionRolePolicy';
/** This policy can be used to grant read-only access to APIs that can read service metadata for services in your AWS account. You can use this policy to provide your partners in the Partner-Led Support Program with access to the services specified in the permissions details section below. */
AwsManagedPolicy.AWSPartnerLedSupportReadOnlyAccess = 'AWSPartnerLedSupportReadOnlyAccess';
/** Provides full access to ProServe tools. */
AwsManagedPolicy.AWSPartnerProServeToolsFullAccess = 'AWSPartnerProServeToolsFullAccess';
/** Provides access to create and manage own assessments in ProServe tools. */
AwsManagedPolicy.AWSPartnerProServeToolsIndividualContributor = 'AWSPartnerProServeToolsIndividualContributor';
/** Provides read access to organizational assessments with ability to manage own assessments. */
AwsManagedPolicy.AWSPartnerProServeToolsOrganizationReaderIndividualContributor = 'AWSPartnerProServeToolsOrganizationReaderIndividualContributor';
/** Grants permission to AWS PCS compute nodes to connect to AWS PCS clusters. */
AwsManagedPolicy.AWSPCSComputeNodePolicy = 'AWSPCSComputeNodePolicy';
/** Grants permissions to PCS to manage resources on your behalf. */
AwsManagedPolicy.AWSPCSServiceRolePolicy = 'aws-service-role/AWSPCSServiceRolePolicy';
/** Provides full access to AWS Price List Service. */
AwsManagedPolicy.AWSPriceListServiceFullAccess = 'AWSPriceListServiceFullAccess';
/** Provides auditor access to AWS Private Certificate Authority */
AwsManagedPolicy.AWSPrivateCAAuditor = 'AWSPrivateCAAuditor';
/** Grants essential permissions for the AWS Private CA Connector for Kubernetes. */
AwsManagedPolicy.AWSPrivateCAConnectorForKubernetesPolicy = 'AWSPrivateCAConnectorForKubernetesPolicy';
/** Provides full access to AWS Private Certificate Authority */
AwsManagedPolicy.AWSPrivateCAFullAccess = 'AWSPrivateCAFullAccess';
/** Provides privileged certificate user access to AWS Private Certificate Authority */
AwsManagedPolicy.AWSPrivateCAPrivilegedUser = 'AWSPrivateCAPrivilegedUser';
/** Provides read only access to AWS Private Certificate Authority */
AwsManagedPolicy.AWSPrivateCAReadOnly = 'AWSPrivateCAReadOnly';
/** Provides certificate user access to AWS Private Certificate Authority */
AwsManagedPolicy.AWSPrivateCAUser = 'AWSPrivateCAUser';
/** Provides full access to all administrative actions for an AWS Private Marketplace. */
AwsManagedPolicy.AWSPrivateMarketplaceAdminFullAccess = 'AWSPrivateMarketplaceAdminFullAccess';
/** Provides access to creating requests in an AWS Private Marketplace. */
AwsManagedPolicy.AWSPrivateMarketplaceRequests = 'AWSPrivateMarketplaceRequests';
/** Allows AWS Private Networks Service to manage resources on behalf of the customer. */
AwsManagedPolicy.AWSPrivateNetworksServiceRolePolicy = 'aws-service-role/AWSPrivateNetworksServiceRolePolicy';
/** Permissions CodeBuild needs to run a build for AWS Proton CodeBuild Provisioning. */
AwsManagedPolicy.AWSProtonCodeBuildProvisioningBasicAccess = 'AWSProtonCodeBuildProvisioningBasicAccess';
/** Allows AWS Proton to manage Proton resource provisioning using CodeBuild and other AWS services on your behalf. */
AwsManagedPolicy.AWSProtonCodeBuildProvisioningServiceRolePolicy = 'aws-service-role/AWSProtonCodeBuildProvisioningServiceRolePolicy';
/** Provides access to the AWS Proton APIs and Management Console, but does not allow administration of Proton templates or environments. */
AwsManagedPolicy.AWSProtonDeveloperAccess = 'AWSProtonDeveloperAccess';
/** Provides full access to the AWS Proton APIs and Management Console. In addition to these permissions, access to Amazon S3 is also needed to register template bundles from your S3 buckets, as well as access to Amazon IAM to create and manage the service roles for Proton. */
AwsManagedPolicy.AWSProtonFullAccess = 'AWSProtonFullAccess';
/** Provides read only access to the AWS Proton APIs and Management Console. */
AwsManagedPolicy.AWSProtonReadOnlyAccess = 'AWSProtonReadOnlyAccess';
/** Policy which allows AWS Proton to sync your service, environment and component definitions from your git repository to AWS Proton. */
AwsManagedPolicy.AWSProtonServiceGitSyncServiceRolePolicy = 'aws-service-role/AWSProtonServiceGitSyncServiceRolePolicy';
/** Policy which allows AWS Proton to sync your git repository contents to Proton or sync Proton contents to your git repositories. */
AwsManagedPolicy.AWSProtonSyncServiceRolePolicy = 'aws-service-role/AWSProtonSyncServiceRolePolicy';
/** Grants permissions to view and modify purchase orders on billing console */
AwsManagedPolicy.AWSPurchaseOrdersServiceRolePolicy = 'AWSPurchaseOrdersServiceRolePolicy';
/** The AWSQuickSetupCFGCPacksPermissionsBoundary policy defines the list of permissions that are permitted in an IAM role created by Quick Setup. Quick Setup uses a role created with this policy to deploy AWS Config conformance packs. */
AwsManagedPolicy.AWSQuickSetupCFGCPacksPermissionsBoundary = 'AWSQuickSetupCFGCPacksPermissionsBoundary';
/** Provides permissions for AWS Systems Manager Quick Setup to deploy multiple configuration types. These configuration types create IAM roles and automations that configure frequently used Amazon Web Services services and features with recommended best practices. */
AwsManagedPolicy.AWSQuickSetupDeploymentRolePolicy = 'AWSQuickSetupDeploymentRolePolicy';
/** The AWSQuickSetupDevOpsGuruPermissionsBoundary policy defines the list of permissions that are permitted in an IAM role created by Quick Setup. Quick Setup uses a role created with this policy to enable and configure Amazon DevOps Guru. This policy also provides permissions to enable Systems Manager Explorer. */
AwsManagedPolicy.AWSQuickSetupDevOpsGuruPermissionsBoundary = 'AWSQuickSetupDevOpsGuruPermissionsBoundary';
/** QuickSetup creates IAM roles which enable it to configure the Systems Manager Distributor feature on your behalf, and uses this policy when creating such roles to define the boundary of their permissions. */
AwsManagedPolicy.AWSQuickSetupDistributorPermissionsBoundary = 'AWSQuickSetupDistributorPermissionsBoundary';
/** This policy grants permissions that allow Systems Manager to run the AWSQuickSetupType-EnableAREX Automation runbook, which enables AWS Resource Explorer for use with Systems Manager. */
AwsManagedPolicy.AWSQuickSetupEnableAREXExecutionPolicy = 'AWSQuickSetupEnableAREXExecutionPolicy';
/** This policy grants permissions that allow principals to run the AWSQuickSetupType-EnableDHMC Automation runbook, which enables Default Host Management Configuration. */
AwsManagedPolicy.AWSQuickSetupEnableDHMCExecutionPolicy = 'AWSQuickSetupEnableDHMCExecutionPolicy';
/** This policy allows Quick Setup to deploy the configuration type required to set up just-in-time node access. */
AwsManagedPolicy.AWSQuickSetupJITNADeploymentRolePolicy = 'AWSQuickSetupJITNADeploymentRolePolicy';
/** This policy grants administrative permissions that allow Systems Manager to create a default IAM instance profile for the Quick Setup capability and attach it to Amazon EC2 instances that don't already have an instance. profile attached. */
AwsManagedPolicy.AWSQuickSetupManagedInstanceProfileExecutionPolicy = 'AWSQuickSetupManagedInstanceProfileExecutionPolicy';
/** This policy provides permissions to enable just-in-time node access for Systems Manager. */
AwsManagedPolicy.AWSQuickSetupManageJITNAResourcesExecutionPolicy = 'AWSQuickSetupManageJITNAResourcesExecutionPolicy';
/** Provides read-only permissions to access patch baselines that have been configured by an administrator in the current AWS account or organization using Quick Setup. */
AwsManagedPolicy.AWSQuickSetupPatchPolicyBaselineAccess = 'AWSQuickSetupPatchPolicyBaselineAccess';
/** Provides permissions that allow Quick Setup to create resources associated with a patch policy configuration. */
AwsManagedPolicy.AWSQuickSetupPatchPolicyDeploymentRolePolicy = 'AWSQuickSetupPatchPolicyDeploymentRolePolicy';
/** Grants permissions to manage State Manager associations for automated cleanup operations when Quick Setup configurations are deleted. */
AwsManagedPolicy.AWSQuickSetupPatchPolicyLambdaExecutionPolicy = 'AWSQuickSetupPatchPolicyLambdaExecutionPolicy';
/** QuickSetup creates IAM roles which enable it to configure the Systems Manager Patch Manager feature on your behalf, and uses this policy when creating such roles to define the boundary of their permissions. */
AwsManagedPolicy.AWSQuickSetupPatchPolicyPermissionsBoundary = 'AWSQuickSetupPatchPolicyPermissionsBoundary';
/** Grants permissions to track which instances are managed by Quick Setup patch policy configurations through automated tagging and inventory collection. */
AwsManagedPolicy.AWSQuickSetupPatchPolicyTagManagementExecutionPolicy = 'AWSQuickSetupPatchPolicyTagManagementExecutionPolicy';
/** The AWSQuickSetupSchedulerPermissionsBoundary policy defines the list of permissions that are permitted in an IAM role created by Quick Setup. Quick Setup uses a role created with this policy to enable and configure scheduled operations on Amazon EC2 instances and other resources. */
AwsManagedPolicy.AWSQuickSetupSchedulerPermissionsBoundary = 'AWSQuickSetupSchedulerPermissionsBoundary';
/** This policy grants administrative permssions that allow Quick Setup to create resources that are used during the Systems Manager onboarding process. */
AwsManagedPolicy.AWSQuickSetupSSMDeploymentRolePolicy = 'AWSQuickSetupSSMDeploymentRolePolicy';
/** This policy grants permissions for listing all S3 buckets in an account; and for managing and retrieving information about specific buckets in the principal account that are managed through AWS CloudFormation templates. */
AwsManagedPolicy.AWSQuickSetupSSMDeploymentS3BucketRolePolicy = 'AWSQuickSetupSSMDeploymentS3BucketRolePolicy';
/** Quick Setup creates IAM roles which enable it to configure the Host Manager Quick Setup type on your behalf, and uses this policy when creating such roles to define the boundary of their permissions. */
AwsManagedPolicy.AWSQuickSetupSSMHostMgmtPermissionsBoundary = 'AWSQuickSetupSSMHostMgmtPermissionsBoundary';
/** The policy grants administrative permissions that allow Quick Setup to run the a AWS CloudFormation custom resource on lifecycle events during Quick Setup deployment in Systems Manager. */
AwsManagedPolicy.AWSQuickSetupSSMLifecycleManagementExecutionPolicy = 'AWSQuickSetupSSMLifecycleManagementExecutionPolicy';
/** This policy grants permissions that allow Systems Manager to create prerequisites such as IAM roles required for Systems Manager onboarding. */
AwsManagedPolicy.AWSQuickSetupSSMManageResourcesExecutionPolicy = 'AWSQuickSetupSSMManageResourcesExecutionPolicy';
/** This policy grants permissions that allow principals to run the AWSQuickSetupType-StartSSMAssociations Automation runbook, which starts State Manager Associations. */
AwsManagedPolicy.AWSQuickSetupStartSSMAssociationsExecutionPolicy = 'AWSQuickSetupStartSSMAssociationsExecutionPolicy';
/** The managed policy AWSQuickSetupStartStopInstancesExecutionPolicy provides permissions for Quick Setup to start and stop Amazon EC2 instances on a schedule. This policy is used with the Quick Setup scheduler configuration type. */
AwsManagedPolicy.AWSQuickSetupStartStopInstancesExecutionPolicy = 'AWSQuickSetupStartStopInstancesExecutionPolicy';
/** Provides the set of permissions required to perform QuickSight Asset Bundle Export Operations */
AwsManagedPolicy.AWSQuickSightAssetBundleExportPolicy = 'AWSQuickSightAssetBundleExportPolicy';
/** Provides the set of permissions required to perform QuickSight Asset Bundle Import Operations */
AwsManagedPolicy.AWSQuickSightAssetBundleImportPolicy = 'AWSQuickSightAssetBundleImportPolicy';
/** Quicksight access to Athena API and S3 buckets used for Athena query results */
AwsManagedPolicy.AWSQuicksightAthenaAccess = 'service-role/AWSQuicksightAthenaAccess';
/** Allow QuickSight to describe the RDS resources */
AwsManagedPolicy.AWSQuickSightDescribeRDS = 'service-role/AWSQuickSightDescribeRDS';
/** Allow QuickSight to describe Redshift resources */
AwsManagedPolicy.AWSQuickSightDescribeRedshift = 'service-role/AWSQuickSightDescribeRedshift';
/** Provides access to Amazon Elasticsearch resources from Amazon QuickSight */
AwsManagedPolicy.AWSQuickSightElasticsearchPolicy = 'service-role/AWSQuickSightElasticsearchPolicy';
/** Give QuickSight read-only access to IoT Analytics datasets */
AwsManagedPolicy.AWSQuickSightIoTAnalyticsAccess = 'AWSQuickSightIoTAnalyticsAccess';
/** Allow QuickSight to list IAM entities */
AwsManagedPolicy.AWSQuickSightListIAM = 'service-role/AWSQuickSightListIAM';
/** Provides access to Amazon OpenSearch resources from Amazon QuickSight */
AwsManagedPolicy.AWSQuicksightOpenSearchPolicy = 'service-role/AWSQuicksightOpenSearchPolicy';
/** Provides access to Amazon SageMaker resources from Amazon QuickSight */
AwsManagedPolicy.AWSQuickSightSageMakerPolicy = 'service-role/AWSQuickSightSageMakerPolicy';
/** Policy used by QuickSight to create secrets in AWS Secrets Manager and to attach resource policies on existing QuickSight secrets. */
AwsManagedPolicy.AWSQuickSightSecretsManagerWriteAccess = 'service-role/AWSQuickSightSecretsManagerWriteAccess';
/** Policy used by QuickSight to create secrets in AWS Secrets Manager and to attach resource policies on existing QuickSight secrets. */
AwsManagedPolicy.AWSQuickSightSecretsManagerWritePolicy = 'AWSQuickSightSecretsManagerWritePolicy';
/** AWS QuickSight access to AWS Timestream APIs. Customers can attach this policy to AWS QuickSight role to allow retrieval of data and metadata. */
AwsManagedPolicy.AWSQuickSightTimestreamPolicy = 'service-role/AWSQuickSightTimestreamPolicy';
/** Allows VPC Reachability Analyzer to access AWS resources and integrate with AWS Organizations on your behalf. */
AwsManagedPolicy.AWSReachabilityAnalyzerServiceRolePolicy = 'aws-service-role/AWSReachabilityAnalyzerServiceRolePolicy';
/** This policy grants permission to use AWS services with the AWS Toolkit for .NET Refactoring extension for Microsoft Visual Studio. It is intended to be attached to a local AWS profile. The policy allows uploading application artifacts and downloading the resulting artifacts from Amazon S3. It allows building applications into a container image using AWS CodeBuild and storing and retrieving the images from Amazon Elastic Container Registry (Amazon ECR). And it allows deployment of the application to container services on AWS such as Amazon Elastic Container Service (Amazon ECS), optional creation of VPC resources, optional connection to existing infrastructure such as AWS Directory Service, and other related services. */
AwsManagedPolicy.AWSRefactoringToolkitFullAccess = 'AWSRefactoringToolkitFullAccess';
/** This policy is intended to be used by Amazon ECS Tasks created for testing applications in AWS using the AWS Toolkit for .NET Refactoring extension for Microsoft Visual Studio. The policy grants access to download application artifacts from Amazon S3, communicate the status of the Task using AWS Systems Manager, and other required services. */
AwsManagedPolicy.AWSRefactoringToolkitSidecarPolicy = 'AWSRefactoringToolkitSidecarPolicy';
/** Provides re:Post Private access to publish CloudWatch metrics data */
AwsManagedPolicy.AWSrePostPrivateCloudWatchAccess = 'aws-service-role/AWSrePostPrivateCloudWatchAccess';
/** This policy allows the re:Post Space service to create, manage, and resolve Support cases that are created through the Space application. */
AwsManagedPolicy.AWSRepostSpaceSupportOperationsPolicy = 'AWSRepostSpaceSupportOperationsPolicy';
/** Policy for AWS Resilience Hub service role which allows access to other AWS services in order to execute assessment. */
AwsManagedPolicy.AWSResilienceHubAsssessmentExecutionPolicy = 'AWSResilienceHubAsssessmentExecutionPolicy';
/** Policy for AWS Resilience Hub service role which allows access to AWS Fault Injection Service in order to start resilience testing. */
AwsManagedPolicy.AWSResilienceHubResilienceTestingPolicy = 'AWSResilienceHubResilienceTestingPolicy';
/** Allows AWS Resilience Hub to access resources in your account for resilience discovery, assessment, and management. */
AwsManagedPolicy.AWSResilienceHubServiceRolePolicy = 'aws-service-role/AWSResilienceHubServiceRolePolicy';
/** Allows AWS Resilience Hub to access resources in your account for resilience discovery, assessment, and management. This policy grants wildcarded read-only permissions that may include sensitive information in the output. */
AwsManagedPolicy.AWSResilienceHubV2AssessmentExecutionPolicy = 'AWSResilienceHubV2AssessmentExecutionPolicy';
/** Provides full access to AWS Resource Access Manager */
AwsManagedPolicy.AWSResourceAccessManagerFullAccess = 'AWSResourceAccessManagerFullAccess';
/** Provides read only access to AWS Resource Access Manager. */
AwsManagedPolicy.AWSResourceAccessManagerReadOnlyAccess = 'AWSResourceAccessManagerReadOnlyAccess';
/** Provides access to AWS Resource Access Manager APIs needed by a resource share participant. */
AwsManagedPolicy.AWSResourceAccessManagerResourceShareParticipantAccess = 'AWSResourceAccessManagerResourceShareParticipantAccess';
/** Policy containing Read-only AWS Resource Access Manager access to customers' Organizations structure. It also contains IAM permissions to self-delete the role. */
AwsManagedPolicy.AWSResourceAccessManagerServiceRolePolicy = 'aws-service-role/AWSResourceAccessManagerServiceRolePolicy';
/** This policy grants administrative permissions to access Resource Explorer resources and grants read-only permissions to other AWS services to support this access. */
AwsManagedPolicy.AWSResourceExplorerFullAccess = 'AWSResourceExplorerFullAccess';
/** This policy grants administrative permissions to Resource Explorer and grants read-only permissions to other AWS services to support this access. The AWS Organizations administrator needs these permissions to setup and manage multi-account search in the console. */
AwsManagedPolicy.AWSResourceExplorerOrganizationsAccess = 'AWSResourceExplorerOrganizationsAccess';
/** This policy grants read-only permissions to search for and view Resource Explorer resources and grants read-only permissions to other AWS services to support this access. */
AwsManagedPolicy.AWSResourceExplorerReadOnlyAccess = 'AWSResourceExplorerReadOnlyAccess';
/** Allows Resource Explorer to view resources and CloudTrail events on your behalf to index your resources for search. */
AwsManagedPolicy.AWSResourceExplorerServiceRolePolicy = 'aws-service-role/AWSResourceExplorerServiceRolePolicy';
/** This is the read only policy for AWS Resource Groups */
AwsManagedPolicy.AWSResourceGroupsReadOnlyAccess = 'AWSResourceGroupsReadOnlyAccess';
/** Provides necessary access for revenue attribution management activities. */
AwsManagedPolicy.AWSRevenueAttributionManagement = 'AWSRevenueAttributionManagement';
/** Provides full access to AWS RoboMaker via the AWS Management Console and SDK. Also provides select access to related services (e.g., S3, IAM). */
AwsManagedPolicy.AWSRoboMakerFullAccess = 'AWSRoboMaker_FullAccess';
/** Provides read only access to AWS RoboMaker via the AWS Management Console and SDK */
AwsManagedPolicy.AWSRoboMakerReadOnlyAccess = 'AWSRoboMakerReadOnlyAccess';
/** RoboMaker service policy */
AwsManagedPolicy.AWSRoboMakerServicePolicy = 'aws-service-role/AWSRoboMakerServicePolicy';
/** RoboMaker service policy */
AwsManagedPolicy.AWSRoboMakerServiceRolePolicy = 'AWSRoboMakerServiceRolePolicy';
/** Provides all permissions to IAM Roles Anywhere resources, including but not limited to: CreateProfile, DeleteTrustAnchor, DisableCRL, ResetNotificationSettings. */
AwsManagedPolicy.AWSRolesAnywhereFullAccess = 'AWSRolesAnywhereFullAccess';
/** Provides read-only permissions to IAM Roles Anywhere resources, including but not limited to: GetTrustAnchor, ListProfiles, GetCRL. There will be no other permissions for other services included in this policy. */
AwsManagedPolicy.AWSRolesAnywhereReadOnly = 'AWSRolesAnywhereReadOnly';
/** Allows IAM Roles Anywhere to publish service/usage metrics to CloudWatch and check the status of Private Certificate Authorities on your behalf. */
AwsManagedPolicy.AWSRolesAnywhereServicePolicy = 'aws-service-role/AWSRolesAnywhereServicePolicy';
/** Allow Amazon S3 on Outposts service to manage EC2 network resources on your behalf. */
AwsManagedPolicy.AWSS3OnOutpostsServiceRolePolicy = 'aws-service-role/AWSS3OnOutpostsServiceRolePolicy';
/** Provides full access to Savings Plans service */
AwsManagedPolicy.AWSSavingsPlansFullAccess = 'AWSSavingsPlansFullAccess';
/** Provides read only access to Savings Plans service */
AwsManagedPolicy.AWSSavingsPlansReadOnlyAccess = 'AWSSavingsPlansReadOnlyAccess';
/** Allow SDMP to create and manage resources on behalf of the customer. */
AwsManagedPolicy.AWSSDMPServiceRolePolicy = 'aws-service-role/AWSSDMPServiceRolePolicy';
/** Provides access to retrieve and describe secrets from Secrets Manager. This policy also allows decrypting KMS keys for Secrets Manager secrets. */
AwsManagedPolicy.AWSSecretsManagerClientReadOnlyAccess = 'AWSSecretsManagerClientReadOnlyAccess';
/** Allows AWS Security Agent to manage resources on your behalf. */
AwsManagedPolicy.AWSSecurityAgentServiceRolePolicy = 'aws-service-role/AWSSecurityAgentServiceRolePolicy';
/** Provides permissions for authenticated users to access the Security Agent Web Application for configuring and executing automated security penetration tests. This policy enables users to manage pentests, view findings, monitor test execution, and interact with AWS resources required for security testing operations. */
AwsManagedPolicy.AWSSecurityAgentWebAppPolicy = 'service-role/AWSSecurityAgentWebAppPolicy';
/** Provides full access to use AWS Security Hub. */
AwsManagedPolicy.AWSSecurityHubFullAccess = 'AWSSecurityHubFullAccess';
/** Grants permission to enable and manage AWS Security Hub within an organization. Includes enabling the service across the organization, and determining the delegated administrator account for the service. */
AwsManagedPolicy.AWSSecurityHubOrganizationsAccess = 'AWSSecurityHubOrganizationsAccess';
/** Provides read only access to AWS Security Hub resources */
AwsManagedPolicy.AWSSecurityHubReadOnlyAccess = 'AWSSecurityHubReadOnlyAccess';
/** A service-linked role required for AWS Security Hub to access your resources. */
AwsManagedPolicy.AWSSecurityHubServiceRolePolicy = 'aws-service-role/AWSSecurityHubServiceRolePolicy';
/** This policy allows Security Hub to manage AWS Config rules and Security Hub resources in your organization and on your behalf. */
AwsManagedPolicy.AWSSecurityHubV2ServiceRolePolicy = 'aws-service-role/AWSSecurityHubV2ServiceRolePolicy';
/** Policy provides customers with Read and Write permissions to case resources that are created through the Security Incident Response service. */
AwsManagedPolicy.AWSSecurityIncidentResponseCaseFullAccess = 'AWSSecurityIncidentResponseCaseFullAccess';
/** Policy provides customers with Read and Write permissions to all resources associated to the Security Incident Response service. */
AwsManagedPolicy.AWSSecurityIncidentResponseFullAccess = 'AWSSecurityIncidentResponseFullAccess';
/** Policy provides customers with Read-only permissions to all resources associated to the Security Incident Response service. Permission includes access to GetCaseAttachmentDownloadUrl as well for the ability to get case attachment download URLs. */
AwsManagedPolicy.AWSSecurityIncidentResponseReadOnlyAccess = 'AWSSecurityIncidentResponseReadOnlyAccess';
/** Provides access to AWS Resources managed or used by Security Incident Response */
AwsManagedPolicy.AWSSecurityIncidentResponseServiceRolePolicy = 'aws-service-role/AWSSecurityIncidentResponseServiceRolePolicy';
/** Provides access to AWS Security Incident Response to continuously monitor your environment for security threats, tune security services to reduce alert noise, and gather information to investigate potential incidents. */
AwsManagedPolicy.AWSSecurityIncidentResponseTriageServiceRolePolicy = 'aws-service-role/AWSSecurityIncidentResponseTriageServiceRolePolicy';
/** Provides full access to service catalog admin capabilities */
AwsManagedPolicy.AWSServiceCatalogAdminFullAccess = 'AWSServiceCatalogAdminFullAccess';
/** Provides read-only access to Service Catalog admin capabilities */
AwsManagedPolicy.AWSServiceCatalogAdminReadOnlyAccess = 'AWSServiceCatalogAdminReadOnlyAccess';
/** Provides full access to Service Catalog App Registry capabilities */
AwsManagedPolicy.AWSServiceCatalogAppRegistryFullAccess = 'AWSServiceCatalogAppRegistryFullAccess';
/** Provides read-only access to Service Catalog App Registry capabilites */
AwsManagedPolicy.AWSServiceCatalogAppRegistryReadOnlyAccess = 'AWSServiceCatalogAppRegistryReadOnlyAccess';
/** Allows Service Catalog AppRegistry to manage Resource Groups on your behalf */
AwsManagedPolicy.AWSServiceCatalogAppRegistryServiceRolePolicy = 'aws-service-role/AWSServiceCatalogAppRegistryServiceRolePolicy';
/** Provides full access to service catalog enduser capabilities */
AwsManagedPolicy.AWSServiceCatalogEndUserFullAccess = 'AWSServiceCatalogEndUserFullAccess';
/** Provides read-only access to Service Catalog end-user capabilities */
AwsManagedPolicy.AWSServiceCatalogEndUserReadOnlyAccess = 'AWSServiceCatalogEndUserReadOnlyAccess';
/** A Service Linked Role Policy for AWS ServiceCatalog to sync with AWS Organizations organization structure */
AwsManagedPolicy.AWSServiceCatalogOrgsDataSyncServiceRolePolicy = 'aws-service-role/AWSServiceCatalogOrgsDataSyncServiceRolePolicy';
/** A Service Linked Role for AWS ServiceCatalog to sync Provisioning Artifacts from source repositories */
AwsManagedPolicy.AWSServiceCatalogSyncServiceRolePolicy = 'aws-service-role/AWSServiceCatalogSyncServiceRolePolicy';
/** This Service Linked Role provides AIDevOps ability to provide usage information. */
AwsManagedPolicy.AWSServiceRoleForAIDevOpsPolicy = 'aws-service-role/AWSServiceRoleForAIDevOpsPolicy';
/** Permissions required for managing nodegroups in the customer's account. These policies related to management of the following resources: AutoscalingGroups, SecurityGroups, LaunchTemplates and InstanceProfiles. */
AwsManagedPolicy.AWSServiceRoleForAmazonEKSNodegroup = 'aws-service-role/AWSServiceRoleForAmazonEKSNodegroup';
/** This Service Linked Role provides Amazon Q Developer ability to provide usage information. */
AwsManagedPolicy.AWSServiceRoleForAmazonQDeveloper = 'aws-service-role/AWSServiceRoleForAmazonQDeveloper';
/** This Service-Linked Role provides AWS Transform with the ability to provide usage information. */
AwsManagedPolicy.AWSServiceRoleForAWSTransform = 'aws-service-role/AWSServiceRoleForAWSTransform';
/** Allows AWS Transform Custom to publish CloudWatch metrics to your account on your behalf. */
AwsManagedPolicy.AWSServiceRoleForAWSTransformCustom = 'aws-service-role/AWSServiceRoleForAWSTransformCustom';
/** Provides access to Systems Manager resources used by CloudWatch Alarms */
AwsManagedPolicy.AWSServiceRoleForCloudWatchAlarmsActionSSMServiceRolePolicy = 'aws-service-role/AWSServiceRoleForCloudWatchAlarmsActionSSMServiceRolePolicy';
/** Allows CloudWatch to access RDS Performance Insights metrics on your behalf */
AwsManagedPolicy.AWSServiceRoleForCloudWatchMetricsDbPerfInsightsServiceRolePolicy = 'aws-service-role/AWSServiceRoleForCloudWatchMetrics_DbPerfInsightsServiceRolePolicy';
/** A service-linked role required for Amazon CodeGuru Profiler to send notifications on your behalf. */
AwsManagedPolicy.AWSServiceRoleForCodeGuruProfiler = 'aws-service-role/AWSServiceRoleForCodeGuru-Profiler';
/** This role grants permissions to CodeWhisperer to access data in your account to calculate billing, provides access to create and access security reports in Amazon CodeGuru, and emit data to CloudWatch. */
AwsManagedPolicy.AWSServiceRoleForCodeWhispererPolicy = 'aws-service-role/AWSServiceRoleForCodeWhispererPolicy';
/** Allows EC2 Scheduled Instances to launch and manage spot instances. */
AwsManagedPolicy.AWSServiceRoleForEC2ScheduledInstances = 'aws-service-role/AWSServiceRoleForEC2ScheduledInstances';
/** AWS GroundStation uses this service-linked role to invoke EC2 to find public IPv4 addresses */
AwsManagedPolicy.AWSServiceRoleForGroundStationDataflowEndpointGroupPolicy = 'aws-service-role/AWSServiceRoleForGroundStationDataflowEndpointGroupPolicy';
/** Allows EC2ImageBuilder to call AWS services on your behalf. */
AwsManagedPolicy.AWSServiceRoleForImageBuilder = 'aws-service-role/AWSServiceRoleForImageBuilder';
/** Allows AWS IoT SiteWise to provision and manage gateways as well as query data. The policy includes required AWS Greengrass permissions for deploying to groups, AWS Lambda permissions for creating and updating service-prefixed functions, and AWS IoT Analytics permissions for querying data from datastores. */
AwsManagedPolicy.AWSServiceRoleForIoTSiteWise = 'aws-service-role/AWSServiceRoleForIoTSiteWise';
/** Allows Log Delivery service to deliver logs by calling log destination on your behalf. */
AwsManagedPolicy.AWSServiceRoleForLogDeliveryPolicy = 'aws-service-role/AWSServiceRoleForLogDeliveryPolicy';
/** Grants Amazon Monitron permissions to manage AWS resources, including AWS SSO user assignment on your behalf. */
AwsManagedPolicy.AWSServiceRoleForMonitronPolicy = 'aws-service-role/AWSServiceRoleForMonitronPolicy';
/** Provides Cloudwatch access to publish operational and usage metrics and logs for Amazon Neptune */
AwsManagedPolicy.AWSServiceRoleForNeptuneGraphPolicy = 'aws-service-role/AWSServiceRoleForNeptuneGraphPolicy';
/** Provides permissions to describe and update Private Marketplace resources and describe AWS Organizations */
AwsManagedPolicy.AWSServiceRoleForPrivateMarketplaceAdminPolicy = 'aws-service-role/AWSServiceRoleForPrivateMarketplaceAdminPolicy';
/** Policy for Procurement Insights to obtain Organization Account details */
AwsManagedPolicy.AWSServiceRoleForProcurementInsightsPolicy = 'aws-service-role/AWSServiceRoleForProcurementInsightsPolicy';
/** Provides access to AWS services and resources necessary to migrate service instances into AWS including EC2, S3 and Cloudformation. */
AwsManagedPolicy.AWSServiceRoleForSMS = 'aws-service-role/AWSServiceRoleForSMS';
/** Provides access to the User Subscriptions service to your Identity Center resources to automatically update your subscriptions. */
AwsManagedPolicy.AWSServiceRoleForUserSubscriptions = 'aws-service-role/AWSServiceRoleForUserSubscriptions';
/** Provides AWS Backup permissions to create compliance reports on your behalf */
AwsManagedPolicy.AWSServiceRolePolicyForBackupReports = 'aws-service-role/AWSServiceRolePolicyForBackupReports';
/** This policy contains permissions for testing restores and for cleaning up resources created during tests. */
AwsManagedPolicy.AWSServiceRolePolicyForBackupRestoreTesting = 'aws-service-role/AWSServiceRolePolicyForBackupRestoreTesting';
/** This managed policy provides administrative access to Amazon WorkSpaces to manage EC2 instances in your AWS account */
AwsManagedPolicy.AWSServiceRolePolicyForWorkspacesInstances = 'aws-service-role/AWSServiceRolePolicyForWorkspacesInstances';
/** Provides the AWS DDoS Response Team with limited access to your AWS account to assist with DDoS attack mitigation during a high-severity event. */
AwsManagedPolicy.AWSShieldDRTAccessPolicy = 'service-role/AWSShieldDRTAccessPolicy';
/** Allows AWS Shield to access AWS resources on your behalf to provide DDoS protection. */
AwsManagedPolicy.AWSShieldServiceRolePolicy = 'aws-service-role/AWSShieldServiceRolePolicy';
/** Provides access to publish metrics and provide insights for your social message sending. */
AwsManagedPolicy.AWSSocialMessagingServiceRolePolicy = 'aws-service-role/AWSSocialMessagingServiceRolePolicy';
/** Provides AWS Systems Manager for SAP with the permissions needed to manage and integrate SAP software with AWS. */
AwsManagedPolicy.AWSSSMForSAPServiceLinkedRolePolicy = 'aws-service-role/AWSSSMForSAPServiceLinkedRolePolicy';
/** Policy for Service Linked Role AWSServiceRoleForAmazonSSM_OpsInsights */
AwsManagedPolicy.AWSSSMOpsInsightsServiceRolePolicy = 'aws-service-role/AWSSSMOpsInsightsServiceRolePolicy';
/** Administrator access for SSO Directory */
AwsManagedPolicy.AWSSSODirectoryAdministrator = 'AWSSSODirectoryAdministrator';
/** ReadOnly access for SSO Directory */
AwsManagedPolicy.AWSSSODirectoryReadOnly = 'AWSSSODirectoryReadOnly';
/** Provides access within AWS SSO to manage AWS Organizations master and member accounts and cloud application */
AwsManagedPolicy.AWSSSOMasterAccountAdministrator = 'AWSSSOMasterAccountAdministrator';
/** Provides access within AWS SSO to manage AWS Organizations member accounts and cloud application */
AwsManagedPolicy.AWSSSOMemberAccountAdministrator = 'AWSSSOMemberAccountAdministrator';
/** Provides read only access to AWS SSO configurations. */
AwsManagedPolicy.AWSSSOReadOnly = 'AWSSSOReadOnly';
/** Grants AWS SSO permissions to manage AWS resources, including IAM roles, policies and SAML IdP on your behalf. */
AwsManagedPolicy.AWSSSOServiceRolePolicy = 'aws-service-role/AWSSSOServiceRolePolicy';
/** An access policy for providing a user/role/etc access to the AWS StepFunctions console. For a full console experience, in addition to this policy, a user may need iam:PassRole permission on other IAM roles that can be assumed by the service. */
AwsManagedPolicy.AWSStepFunctionsConsoleFullAccess = 'AWSStepFunctionsConsoleFullAccess';
/** An access policy for providing a user/role/etc access to the AWS StepFunctions API. For full access, in addition to this policy, a user MUST have iam:PassRole permission on at least one IAM role that can be assumed by the service. */
AwsManagedPolicy.AWSStepFunctionsFullAccess = 'AWSStepFunctionsFullAccess';
/** An access policy for providing a user/role/etc read only access to the AWS StepFunctions service. */
AwsManagedPolicy.AWSStepFunctionsReadOnlyAccess = 'AWSStepFunctionsReadOnlyAccess';
/** Provides full access to AWS Storage Gateway via the AWS Management Console. */
AwsManagedPolicy.AWSStorageGatewayFullAccess = 'AWSStorageGatewayFullAccess';
/** Provides access to AWS Storage Gateway via the AWS Management Console. */
AwsManagedPolicy.AWSStorageGatewayReadOnlyAccess = 'AWSStorageGatewayReadOnlyAccess';
/** Service-linked role used by AWS Storage Gateway to enable integration of other AWS services with Storage Gateway. */
AwsManagedPolicy.AWSStorageGatewayServiceRolePolicy = 'aws-service-role/AWSStorageGatewayServiceRolePolicy';
/** AWSSupplyChainFederationAdminAccess provides AWS Supply Chain federated users access to the AWS Supply Chain application, including the required permissions to perform actions within the AWS Supply Chain application. The policy provides administrative permissions over IAM Identity Center users and groups and is attached to a role created by AWS Supply Chain on your behalf. You shouldn't attach AWSSupplyChainFederationAdminAccess policy to any other IAM entities. */
AwsManagedPolicy.AWSSupplyChainFederationAdminAccess = 'service-role/AWSSupplyChainFederationAdminAccess';
/** Allows users to access the AWS Support Center. */
AwsManagedPolicy.AWSSupportAccess = 'AWSSupportAccess';
/** Provides full access to the AWS Support App and other required services, such as AWS Support and Service Quotas. This policy includes permissions to use the supporting services so that the user can contact AWS Support for support cases, change service quotas, and create the relevant service-linked roles. */
AwsManagedPolicy.AWSSupportAppFullAccess = 'AWSSupportAppFullAccess';
/** Provides read-only access to the AWS Support App. */
AwsManagedPolicy.AWSSupportAppReadOnlyAccess = 'AWSSupportAppReadOnlyAccess';
/** Provides full access to supportplans. */
AwsManagedPolicy.AWSSupportPlansFullAccess = 'AWSSupportPlansFullAccess';
/** Provides read-only access to supportplans. */
AwsManagedPolicy.AWSSupportPlansReadOnlyAccess = 'AWSSupportPlansReadOnlyAccess';
/** Allows AWS Support Plans to read and update AWS resources used to manage your account's Support Plan on your behalf. */
AwsManagedPolicy.AWSSupportPlansServiceRolePolicy = 'aws-service-role/AWSSupportPlansServiceRolePolicy';
/** Allows AWS Support to access AWS resources to provide billing, administrative, and support services. */
AwsManagedPolicy.AWSSupportServiceRolePolicy = 'aws-service-role/AWSSupportServiceRolePolicy';
/** Grants AWS Systems Manager (SSM) permission to discover AWS account information. */
AwsManagedPolicy.AWSSystemsManagerAccountDiscoveryServicePolicy = 'aws-service-role/AWSSystemsManagerAccountDiscoveryServicePolicy';
/** Provides access to AWS resources managed or used by the AWS Systems Manager change management framework. */
AwsManagedPolicy.AWSSystemsManagerChangeManagementServicePolicy = 'aws-service-role/AWSSystemsManagerChangeManagementServicePolicy';
/** Provides permissions for AWS Systems Manager Quick Setup to enable and configure AWS Config configuration recording. */
AwsManagedPolicy.AWSSystemsManagerEnableConfigRecordingExecutionPolicy = 'AWSSystemsManagerEnableConfigRecordingExecutionPolicy';
/** This policy grants administrative permissions for enabling Explorer, a capability of AWS Systems Manager. This includes permissions to update related Systems Manager service settings, and to create a service-linked role for Systems Manager. */
AwsManagedPolicy.AWSSystemsManagerEnableExplorerExecutionPolicy = 'AWSSystemsManagerEnableExplorerExecutionPolicy';
/** Provides full access to AWS Systems Manager for SAP service */
AwsManagedPolicy.AWSSystemsManagerForSAPFullAccess = 'AWSSystemsManagerForSAPFullAccess';
/** Provides read only access to AWS Systems Manager for SAP service */
AwsManagedPolicy.AWSSystemsManagerForSAPReadOnlyAccess = 'AWSSystemsManagerForSAPReadOnlyAccess';
/** Provides access to AWS resources managed or used by the AWS Systems Manager just in time access framework. */
AwsManagedPolicy.AWSSystemsManagerJustInTimeAccessServicePolicy = 'aws-service-role/AWSSystemsManagerJustInTimeAccessServicePolicy';
/** The managed policy AWSSystemsManagerJustInTimeAccessTokenPolicy allows Systems Manager to generate access tokens used for just-in-time node access. */
AwsManagedPolicy.AWSSystemsManagerJustInTimeAccessTokenPolicy = 'AWSSystemsManagerJustInTimeAccessTokenPolicy';
/** The managed policy AWSSystemsManagerJustInTimeAccessTokenSessionPolicy allows Systems Manager to apply scoped down permissions to a just-in-time node access session once it is started. */
AwsManagedPolicy.AWSSystemsManagerJustInTimeAccessTokenSessionPolicy = 'AWSSystemsManagerJustInTimeAccessTokenSessionPolicy';
/** This policy allows Systems Manager to share a deny-access policy for just-in-time node access from the delegated administrator account to member accounts, and replicate the policy to multiple Regions. */
AwsManagedPolicy.AWSSystemsManagerJustInTimeNodeAccessRolePropagationPolicy = 'AWSSystemsManagerJustInTimeNodeAccessRolePropagationPolicy';
/** Permissions required to collect information about a user for Just-In-Time-Node-Access notifications. */
AwsManagedPolicy.AWSSystemsManagerNotificationsServicePolicy = 'aws-service-role/AWSSystemsManagerNotificationsServicePolicy';
/** IAM role for SSM Explorer to manage OpsData related operations */
AwsManagedPolicy.AWSSystemsManagerOpsDataSyncServiceRolePolicy = 'aws-service-role/AWSSystemsManagerOpsDataSyncServiceRolePolicy';
/** This policy grants the AWS Portal Asset Server the necessary permissions required for normal operation. */
AwsManagedPolicy.AWSThinkboxAssetServerPolicy = 'AWSThinkboxAssetServerPolicy';
/** This policy grants AWS Thinkbox's Deadline software full access to multiple AWS services as required for AWS Portal administration. This includes access to create arbitrary tags on several EC2 resource types. */
AwsManagedPolicy.AWSThinkboxAWSPortalAdminPolicy = 'AWSThinkboxAWSPortalAdminPolicy';
/** This policy grants the AWS Portal Gateway machine the necessary permissions required for normal operation. */
AwsManagedPolicy.AWSThinkboxAWSPortalGatewayPolicy = 'AWSThinkboxAWSPortalGatewayPolicy';
/** This policy grants the Deadline Workers in AWS Portal the necessary permissions required for normal operation. */
AwsManagedPolicy.AWSThinkboxAWSPortalWorkerPolicy = 'AWSThinkboxAWSPortalWorkerPolicy';
/** Grants permissions required for the operation of AWS Thinkbox's Deadline Resource Tracker.  This includes full access to some EC2 actions, including DeleteFleets and CancelSpotFleetRequests. */
AwsManagedPolicy.AWSThinkboxDeadlineResourceTrackerAccessPolicy = 'AWSThinkboxDeadlineResourceTrackerAccessPolicy';
/** Grants permissions required to create, destroy, and administer AWS Thinkbox's Deadline Resource Tracker. */
AwsManagedPolicy.AWSThinkboxDeadlineResourceTrackerAdminPolicy = 'AWSThinkboxDeadlineResourceTrackerAdminPolicy';
/** Grants permissions required for AWS Thinkbox's Deadline Spot Event Plugin.  This includes permission to request, modify, and cancel a spot fleet, as well as limited PassRole permission. */
AwsManagedPolicy.AWSThinkboxDeadlineSpotEventPluginAdminPolicy = 'AWSThinkboxDeadlineSpotEventPluginAdminPolicy';
/** Grant permissions required for an EC2 instance running AWS Thinkbox Deadline Spot Event Plugin Worker software. */
AwsManagedPolicy.AWSThinkboxDeadlineSpotEventPluginWorkerPolicy = 'AWSThinkboxDeadlineSpotEventPluginWorkerPolicy';
/** Provides full access to AWS Transfer via the AWS Management Console */
AwsManagedPolicy.AWSTransferConsoleFullAccess = 'AWSTransferConsoleFullAccess';
/** Provides full access to AWS Transfer Service. */
AwsManagedPolicy.AWSTransferFullAccess = 'AWSTransferFullAccess';
/** Allows AWS Transfer full access to create log streams and groups and put log events to your account */
AwsManagedPolicy.AWSTransferLoggingAccess = 'service-role/AWSTransferLoggingAccess';
/** Provide readonly access to AWS Transfer services. */
AwsManagedPolicy.AWSTransferReadOnlyAccess = 'AWSTransferReadOnlyAccess';
/** Allows Transfer to integrate with other AWS services on your behalf */
AwsManagedPolicy.AWSTransferServiceRolePolicy = 'aws-service-role/AWSTransferServiceRolePolicy';
/** Enables the AWS Transform service to deploy transformed .NET applications by creating and managing AWS resources. This policy grants permissions to provision infrastructure, manage compute resources, and configure deployment settings across various AWS services. */
AwsManagedPolicy.AWSTransformApplicationDeploymentPolicy = 'service-role/AWSTransformApplicationDeploymentPolicy';
/** Enables the AWS Transform to deploy applications to Amazon Elastic Container Service (ECS) with Fargate. It grants permissions to provision, configure, and manage the underlying infrastructure required to run applications on ECS. */
AwsManagedPolicy.AWSTransformApplicationECSDeploymentPolicy = 'service-role/AWSTransformApplicationECSDeploymentPolicy';
/** Provides access to execute transformations in AWS Transform custom. */
AwsManagedPolicy.AWSTransformCustomExecuteTransformations = 'AWSTransformCustomExecuteTransformations';
/** Provides full access to AWS Transform custom. */
AwsManagedPolicy.AWSTransformCustomFullAccess = 'AWSTransformCustomFullAccess';
/** Enables the management of transformation resources and execution of transformations in AWS Transform custom. */
AwsManagedPolicy.AWSTransformCustomManageTransformations = 'AWSTransformCustomManageTransformations';
/** Grants developers execution role the permissions needed to execute AWS Transform Continuous Modernization CLI/agent to run assessments/transformations using AWS Batch, including uploading source code, retrieving results, monitoring Batch job status, reading logs, and managing transformation schedules. */
AwsManagedPolicy.AWSTransformInfrastructureExecutorAccessBatch = 'AWSTransformInfrastructureExecutorAccessBatch';
/** Grants developers execution role the permissions needed to execute AWS Transform Continuous Modernization CLI/agent to run assessments/transformations using EC2, including uploading source code, retrieving results, monitoring job status, reading logs, and managing transformation schedules. */
AwsManagedPolicy.AWSTransformInfrastructureExecutorAccessEC2 = 'AWSTransformInfrastructureExecutorAccessEC2';
/** Grants permissions for AWS Transform to set up AWS landing zones including account provisioning, organizational governance, and Control Tower configuration */
AwsManagedPolicy.AWSTransformLandingZoneAgentPolicy = 'AWSTransformLandingZoneAgentPolicy';
/** Grants permissions for AWS Transform to deploy and configure network infrastructure including VPCs, Transit Gateways, and route tables for network migration */
AwsManagedPolicy.AWSTransformNetworkMigrationAgentPolicy = 'AWSTransformNetworkMigrationAgentPolicy';
/** Enables the AWS Transform service to manage customer revenue attribution for incentives. */
AwsManagedPolicy.AWSTransformRevenueAttributionPolicy = 'AWSTransformRevenueAttributionPolicy';
/** Enables the AWS Transform service to read a specified SecretsManager Secret in connection to specified KMS key. This policy grants permissions to read the specified secret value and decrypt it is the secret is encrypted */
AwsManagedPolicy.AWSTransformSecretsManagerConnectorPolicy = 'AWSTransformSecretsManagerConnectorPolicy';
/** Grants AWS Transform (ATX) Continuous Modernization CLI/agent the permissions needed to invoke the AWS Security Agent service for automated code security reviews and remediation, including uploading scan artifacts and retrieving findings. */
AwsManagedPolicy.AWSTransformSecurityAgentExecutorAccess = 'AWSTransformSecurityAgentExecutorAccess';
/** Grants permissions for AWS Transform to perform server migration operations including replication, testing, and cutover using AWS Application Migration Service */
AwsManagedPolicy.AWSTransformServerMigrationAgentPolicy = 'AWSTransformServerMigrationAgentPolicy';
/** Provides full access to AWS Trusted Advisor Priority. This policy also enables the user to add Trusted Advisor as a trusted service with AWS Organizations and to specify delegated administrator accounts for Trusted Advisor Priority. */
AwsManagedPolicy.AWSTrustedAdvisorPriorityFullAccess = 'AWSTrustedAdvisorPriorityFullAccess';
/** Provides read-only access to AWS Trusted Advisor Priority. This includes permission to view the delegated administrator accounts. */
AwsManagedPolicy.AWSTrustedAdvisorPriorityReadOnlyAccess = 'AWSTrustedAdvisorPriorityReadOnlyAccess';
/** Service Policy for Trusted Advisor Multi-account Reporting */
AwsManagedPolicy.AWSTrustedAdvisorReportingServiceRolePolicy = 'aws-service-role/AWSTrustedAdvisorReportingServiceRolePolicy';
/** Access for the AWS Trusted Advisor Service to help reduce cost, increase performance, and improve security of your AWS environment. */
AwsManagedPolicy.AWSTrustedAdvisorServiceRolePolicy = 'aws-service-role/AWSTrustedAdvisorServiceRolePolicy';
/** Provides read-only access to user attributes from AWS IAM Identity Center for the user attributes that the customer has opted in to. */
AwsManagedPolicy.AWSUserAttributeCostAllocationPolicy = 'aws-service-role/AWSUserAttributeCostAllocationPolicy';
/** Allows AWS User Notifications to call AWS services on your behalf. */
AwsManagedPolicy.AWSUserNotificationsServiceLinkedRolePolicy = 'aws-service-role/AWSUserNotificationsServiceLinkedRolePolicy';
/** Provides full access for viewing entitled Vendor Insights resources and managing Vendor Insights subscriptions */
AwsManagedPolicy.AWSVendorInsightsAssessorFullAccess = 'AWSVendorInsightsAssessorFullAccess';
/** Provides read-only access for viewing entitled Vendor Insights resources */
AwsManagedPolicy.AWSVendorInsightsAssessorReadOnly = 'AWSVendorInsightsAssessorReadOnly';
/** Provides full access for creating and managing the Vendor Insights resources */
AwsManagedPolicy.AWSVendorInsightsVendorFullAccess = 'AWSVendorInsightsVendorFullAccess';
/** Provides read-only access for viewing the Vendor Insights resources */
AwsManagedPolicy.AWSVendorInsightsVendorReadOnly = 'AWSVendorInsightsVendorReadOnly';
/** Provides permissions to control service managed resources and call APIs necessary for log field enrichment on behalf of customers. */
AwsManagedPolicy.AWSVPCFlowLogsServiceRolePolicy = 'aws-service-role/AWSVPCFlowLogsServiceRolePolicy';
/** Allows VPC Lattice to access AWS resources on your behalf. */
AwsManagedPolicy.AWSVpcLatticeServiceRolePolicy = 'aws-service-role/AWSVpcLatticeServiceRolePolicy';
/** Allow Site-to-Site VPN to create and manage resources related to your VPN Connections. */
AwsManagedPolicy.AWSVPCS2SVpnServiceRolePolicy = 'aws-service-role/AWSVPCS2SVpnServiceRolePolicy';
/** Allow VPC Transit Gateway to create and manage necessary resources for your Transit Gateway VPC Attachments. */
AwsManagedPolicy.AWSVPCTransitGatewayServiceRolePolicy = 'aws-service-role/AWSVPCTransitGatewayServiceRolePolicy';
/** Policy to enable AWS Verified Access service to provision endpoints on your behalf */
AwsManagedPolicy.AWSVPCVerifiedAccessServiceRolePolicy = 'aws-service-role/AWSVPCVerifiedAccessServiceRolePolicy';
/** Provides full access to AWS WAF via the AWS Management Console. Note that this policy also grants permissions to list and update Amazon CloudFront distributions, permissions to view load balancers on AWS Elastic Load Balancing, permissions to view Amazon API Gateway REST APIs and stages, permissions to list and view Amazon CloudWatch metrics, and permissions to view regions enabled within the account. */
AwsManagedPolicy.AWSWAFConsoleFullAccess = 'AWSWAFConsoleFullAccess';
/** Provides read-only access to AWS WAF via the AWS Management Console. Note that this policy also grants permissions to list Amazon CloudFront distributions, permissions to view load balancers on AWS Elastic Load Balancing, permissions to view Amazon API Gateway REST APIs and stages, permissions to list and view Amazon CloudWatch metrics, and permissions to view regions enabled within the account. */
AwsManagedPolicy.AWSWAFConsoleReadOnlyAccess = 'AWSWAFConsoleReadOnlyAccess';
/** Provides full access to AWS WAF actions. */
AwsManagedPolicy.AWSWAFFullAccess = 'AWSWAFFullAccess';
/** Provides read only access to AWS WAF actions. */
AwsManagedPolicy.AWSWAFReadOnlyAccess = 'AWSWAFReadOnlyAccess';
/** Allows AWS Well-Architected Agent to access organizational structure and delegated administrator information in AWS Organizations on your behalf */
AwsManagedPolicy.AWSWellArchitectedAgentOrganizationsServiceRolePolicy = 'aws-service-role/AWSWellArchitectedAgentOrganizationsServiceRolePolicy';
/** Grants the AWS Well-Architected Agent read-only access to AWS resource configurations, security settings, and operational data to generate optimization recommendations */
AwsManagedPolicy.AWSWellArchitectedAgentResourceScanningServiceRolePolicy = 'aws-service-role/AWSWellArchitectedAgentResourceScanningServiceRolePolicy';
/** Allows WellArchitected to access AWS services and resources that relate to WellArchitected resources on behalf of customers. */
AwsManagedPolicy.AWSWellArchitectedDiscoveryServiceRolePolicy = 'aws-service-role/AWSWellArchitectedDiscoveryServiceRolePolicy';
/** Allows Well-Architected to access Organizations on your behalf. */
AwsManagedPolicy.AWSWellArchitectedOrganizationsServiceRolePolicy = 'aws-service-role/AWSWellArchitectedOrganizationsServiceRolePolicy';
/** This policy grants full administrative permissions to the Wickr service, including the Wickr administrative functions under the AWS Management Console. */
AwsManagedPolicy.AWSWickrFullAccess = 'AWSWickrFullAccess';
/** Provides capabilities to manage Observability Access Manager links and establish sharing of X-Ray traces */
AwsManagedPolicy.AWSXrayCrossAccountSharingConfiguration = 'AWSXrayCrossAccountSharingConfiguration';
/** Allow the AWS X-Ray Daemon to relay raw trace segments data to the service's API and retrieve sampling data (rules, targets, etc.) to be used by the X-Ray SDK. */
AwsManagedPolicy.AWSXRayDaemonWriteAccess = 'AWSXRayDaemonWriteAccess';
/** AWS X-Ray full access managed policy */
AwsManagedPolicy.AWSXrayFullAccess = 'AWSXrayFullAccess';
/** AWS X-Ray read only managed policy */
AwsManagedPolicy.AWSXrayReadOnlyAccess = 'AWSXrayReadOnlyAccess';
/** AWS X-Ray write only managed policy */
AwsManagedPolicy.AWSXrayWriteOnlyAccess = 'AWSXrayWriteOnlyAccess';
/** Provides administrative access for ARC zonal shift practice runs, and access to CloudWatch alarm statuses to monitor practice runs. */
AwsManagedPolicy.AWSZonalAutoshiftPracticeRunSLRPolicy = 'aws-service-role/AWSZonalAutoshiftPracticeRunSLRPolicy';
/** Provides read-only access to the APIs needed to support zone-group access-management for organizations. */
AwsManagedPolicy.AWSZoneGroupAccessManagementServiceRolePolicy = 'aws-service-role/AWSZoneGroupAccessManagementServiceRolePolicy';
/** Provides access for the AWS Batch service to manage the required resources, including Amazon EC2 and Amazon ECS resources. */
AwsManagedPolicy.BatchServiceRolePolicy = 'aws-service-role/BatchServiceRolePolicy';
/** Provides full access to Bedrock AgentCore as well as limited access to related services */
AwsManagedPolicy.BedrockAgentCoreFullAccess = 'BedrockAgentCoreFullAccess';
/** Allows access to other AWS service resources that are required to run Amazon Bedrock AgentCore in VPC mode */
AwsManagedPolicy.BedrockAgentCoreNetworkServiceRolePolicy = 'aws-service-role/BedrockAgentCoreNetworkServiceRolePolicy';
/** Allows access to identity and token management resources that are required for Amazon Bedrock AgentCore Runtime authentication and authorization. */
AwsManagedPolicy.BedrockAgentCoreRuntimeIdentityServiceRolePolicy = 'aws-service-role/BedrockAgentCoreRuntimeIdentityServiceRolePolicy';
/** Default policy for the instance role of instances managed by Bedrock AgentCore Runtime Instances. */
AwsManagedPolicy.BedrockAgentCoreRuntimeInstancesInstanceRolePolicy = 'BedrockAgentCoreRuntimeInstancesInstanceRolePolicy';
/** Provides access to create and manage compute and associated resources for Bedrock AgentCore Runtime Instances */
AwsManagedPolicy.BedrockAgentCoreRuntimeInstancesOperatorRolePolicy = 'BedrockAgentCoreRuntimeInstancesOperatorRolePolicy';
/** Grants permissions for billing and cost management. This includes viewing account usage and viewing and modifying budgets and payment methods. */
AwsManagedPolicy.Billing = 'job-function/Billing';
/** Allows Budgets to verify access to Billing Views shared across account boundaries. */
AwsManagedPolicy.BudgetsServiceRolePolicy = 'aws-service-role/BudgetsServiceRolePolicy';
/** Amazon Certificate Manager Service Role Policy */
AwsManagedPolicy.CertificateManagerServiceRolePolicy = 'aws-service-role/CertificateManagerServiceRolePolicy';
/** Policy to enable AWS Client VPN to manage your Client VPN endpoint connections. */
AwsManagedPolicy.ClientVPNServiceConnectionsRolePolicy = 'aws-service-role/ClientVPNServiceConnectionsRolePolicy';
/** Policy to enable AWS Client VPN to manage your Client VPN endpoints. */
AwsManagedPolicy.ClientVPNServiceRolePolicy = 'aws-service-role/ClientVPNServiceRolePolicy';
/** Service Role for CloudFormation StackSets (Organization Master Account) */
AwsManagedPolicy.CloudFormationStackSetsOrgAdminServiceRolePolicy = 'aws-service-role/CloudFormationStackSetsOrgAdminServiceRolePolicy';
/** Service Role for CloudFormation StackSets (Organization Member Account) */
AwsManagedPolicy.CloudFormationStackSetsOrgMemberServiceRolePolicy = 'aws-service-role/CloudFormationStackSetsOrgMemberServiceRolePolicy';
/** Provides full access to the CloudFront console plus the ability to list Amazon S3 buckets via the AWS Management Console. */
AwsManagedPolicy.CloudFrontFullAccess = 'CloudFrontFullAccess';
/** Provides access to CloudFront distribution configuration information and list distributions via the AWS Management Console. */
AwsManagedPolicy.CloudFrontReadOnlyAccess = 'CloudFrontReadOnlyAccess';
/** Enables access to AWS resources used or managed by CloudHSM */
AwsManagedPolicy.CloudHSMServiceRolePolicy = 'aws-service-role/CloudHSMServiceRolePolicy';
/** Provides full access to the Amazon CloudSearch configuration service. */
AwsManagedPolicy.CloudSearchFullAccess = 'CloudSearchFullAccess';
/** Provides read only access to the Amazon CloudSearch configuration service. */
AwsManagedPolicy.CloudSearchReadOnlyAccess = 'CloudSearchReadOnlyAccess';
/** This service linked role allows CloudTrail to get and add resource tags to the resource owner's CloudTrail events. */
AwsManagedPolicy.CloudTrailEventContext = 'aws-service-role/CloudTrailEventContext';
/** Permission policy for CloudTrail ServiceLinkedRole */
AwsManagedPolicy.CloudTrailServiceRolePolicy = 'aws-service-role/CloudTrailServiceRolePolicy';
/** Allows CloudWatch to assume CloudWatch-CrossAccountSharing roles in remote accounts on behalf of the current account in order to display data cross-account, cross-region */
AwsManagedPolicy.CloudWatchCrossAccountAccess = 'aws-service-role/CloudWatch-CrossAccountAccess';
/** Provides read-only access to CloudWatch alarms and metrics as well as EC2 metadata. Provides access to Stop, Terminate and Reboot EC2 instances. */
AwsManagedPolicy.CloudWatchActionsEC2Access = 'CloudWatchActionsEC2Access';
/** Full permissions required to use AmazonCloudWatchAgent. */
AwsManagedPolicy.CloudWatchAgentAdminPolicy = 'CloudWatchAgentAdminPolicy';
/** Permissions required to use AmazonCloudWatchAgent on servers */
AwsManagedPolicy.CloudWatchAgentServerPolicy = 'CloudWatchAgentServerPolicy';
/** Grants permissions to call CloudWatch using API key authentication. */
AwsManagedPolicy.CloudWatchAPIKeyAccess = 'CloudWatchAPIKeyAccess';
/** Provides full access to CloudWatch Application Insights and required dependencies. */
AwsManagedPolicy.CloudWatchApplicationInsightsFullAccess = 'CloudWatchApplicationInsightsFullAccess';
/** Provides read only access to CloudWatch Application Insights. */
AwsManagedPolicy.CloudWatchApplicationInsightsReadOnlyAccess = 'CloudWatchApplicationInsightsReadOnlyAccess';
/** Cloudwatch Application Insights Service Linked Role Policy */
AwsManagedPolicy.CloudwatchApplicationInsightsServiceLinkedRolePolicy = 'aws-service-role/CloudwatchApplicationInsightsServiceLinkedRolePolicy';
/** Provide full access to CloudWatch Application Signals service and scoped access to the dependencies needed to use and operate this service. */
AwsManagedPolicy.CloudWatchApplicationSignalsFullAccess = 'CloudWatchApplicationSignalsFullAccess';
/** Provides read only access to CloudWatch Application Signals service and scoped access to the dependencies needed to use this service */
AwsManagedPolicy.CloudWatchApplicationSignalsReadOnlyAccess = 'CloudWatchApplicationSignalsReadOnlyAccess';
/** Policy grants permission to CloudWatch Application Signals to collect monitoring and tagging data from other relevant AWS services. */
AwsManagedPolicy.CloudWatchApplicationSignalsServiceRolePolicy = 'aws-service-role/CloudWatchApplicationSignalsServiceRolePolicy';
/** Provides access to the non-CloudWatch APIs used to display CloudWatch Automatic Dashboards, including the contents of objects such as Lambda functions */
AwsManagedPolicy.CloudWatchAutomaticDashboardsAccess = 'CloudWatchAutomaticDashboardsAccess';
/** Provides capabilities to manage Observability Access Manager links and establish sharing of CloudWatch resources */
AwsManagedPolicy.CloudWatchCrossAccountSharingConfiguration = 'CloudWatchCrossAccountSharingConfiguration';
/** Allows built-in targets in Amazon CloudWatch Events to perform EC2 actions on your behalf. */
AwsManagedPolicy.CloudWatchEventsBuiltInTargetExecutionAccess = 'service-role/CloudWatchEventsBuiltInTargetExecutionAccess';
/** Provides full access to Amazon CloudWatch Events. */
AwsManagedPolicy.CloudWatchEventsFullAccess = 'CloudWatchEventsFullAccess';
/** Allows Amazon CloudWatch Events to relay events to the streams in AWS Kinesis Streams in your account. */
AwsManagedPolicy.CloudWatchEventsInvocationAccess = 'service-role/CloudWatchEventsInvocationAccess';
/** Provides read only access to Amazon CloudWatch Events. */
AwsManagedPolicy.CloudWatchEventsReadOnlyAccess = 'CloudWatchEventsReadOnlyAccess';
/** Allow AWS CloudWatch to execute actions on your behalf configured through alarms and events. */
AwsManagedPolicy.CloudWatchEventsServiceRolePolicy = 'aws-service-role/CloudWatchEventsServiceRolePolicy';
/** Provides full access to CloudWatch. */
AwsManagedPolicy.CloudWatchFullAccess = 'CloudWatchFullAccess';
/** Provides full access to CloudWatch. */
AwsManagedPolicy.CloudWatchFullAccessV2 = 'CloudWatchFullAccessV2';
/** Provides full access to actions for working with Amazon CloudWatch Internet Monitor. Also provides access to other services, such as Amazon CloudWatch, Amazon EC2, Amazon CloudFront, Amazon WorkSpaces, and Elastic Load Balancing, that are necessary to use the Internet Monitor service for monitoring and storing information about application traffic. */
AwsManagedPolicy.CloudWatchInternetMonitorFullAccess = 'CloudWatchInternetMonitorFullAccess';
/** Provides read only access to actions for working with Amazon CloudWatch Internet Monitor. Also provides access to other services in Amazon CloudWatch, including policies to retrieve information on CloudWatch metrics and to manage log queries, that are necessary to use the Internet Monitor service for monitoring and storing information about application traffic. */
AwsManagedPolicy.CloudWatchInternetMonitorReadOnlyAccess = 'CloudWatchInternetMonitorReadOnlyAccess';
/** Allows Internet Monitor to access EC2, Workspaces, and CloudFront resources, and other required services on your behalf. */
AwsManagedPolicy.CloudWatchInternetMonitorServiceRolePolicy = 'aws-service-role/CloudWatchInternetMonitorServiceRolePolicy';
/** Provides write access to X-Ray and CloudWatch Application Signals log group. */
AwsManagedPolicy.CloudWatchLambdaApplicationSignalsExecutionRolePolicy = 'CloudWatchLambdaApplicationSignalsExecutionRolePolicy';
/** Policy required for the Lambda Insights Extension */
AwsManagedPolicy.CloudWatchLambdaInsightsExecutionRolePolicy = 'CloudWatchLambdaInsightsExecutionRolePolicy';
/** Grants permissions to call CloudWatch Logs using API key authentication. */
AwsManagedPolicy.CloudWatchLogsAPIKeyAccess = 'CloudWatchLogsAPIKeyAccess';
/** Provides capabilities to manage Observability Access Manager links and establish sharing of CloudWatch Logs resources */
AwsManagedPolicy.CloudWatchLogsCrossAccountSharingConfiguration = 'CloudWatchLogsCrossAccountSharingConfiguration';
/** Provides full access to CloudWatch Logs */
AwsManagedPolicy.CloudWatchLogsFullAccess = 'CloudWatchLogsFullAccess';
/** Provides read only access to CloudWatch Logs */
AwsManagedPolicy.CloudWatchLogsReadOnlyAccess = 'CloudWatchLogsReadOnlyAccess';
/** You can use this policy in IAM roles that are attached to Amazon EC2 and Amazon EKS instance resources to send telemetry reports (metrics) to a Network Flow Monitor endpoint. */
AwsManagedPolicy.CloudWatchNetworkFlowMonitorAgentPublishPolicy = 'CloudWatchNetworkFlowMonitorAgentPublishPolicy';
/** You can't attach CloudWatchNetworkFlowMonitorServiceRolePolicy to your IAM entities. This policy is attached to a service-linked role named AWSServiceRoleForNetworkFlowMonitor, which publishes network telemetry aggregation results, collected by Network Flow Monitor agents, to CloudWatch. It also allows the service to use AWS Organizations to get information for multi-account scenarios. */
AwsManagedPolicy.CloudWatchNetworkFlowMonitorServiceRolePolicy = 'aws-service-role/CloudWatchNetworkFlowMonitorServiceRolePolicy';
/** You can't attach CloudWatchNetworkFlowMonitorTopologyServiceRolePolicy to your IAM entities. This policy is attached to a service-linked role named AWSServiceRoleForNetworkFlowMonitor_Topology, which generates topology snapshots of resources used by Network Flow Monitor in your account. */
AwsManagedPolicy.CloudWatchNetworkFlowMonitorTopologyServiceRolePolicy = 'aws-service-role/CloudWatchNetworkFlowMonitorTopologyServiceRolePolicy';
/** Allows CloudWatch Network Monitor to access and manage EC2 and VPC resources, publish data to CloudWatch and access other required services on your behalf. */
AwsManagedPolicy.CloudWatchNetworkMonitorServiceRolePolicy = 'aws-service-role/CloudWatchNetworkMonitorServiceRolePolicy';
/** Provides permissions required by CloudWatch Omni to discover and read AWS resource topology */
AwsManagedPolicy.CloudWatchOmniAWSIntegrationPolicy = 'CloudWatchOmniAWSIntegrationPolicy';
/** Provides permissions required to manage CloudWatch Omni domain access. */
AwsManagedPolicy.CloudWatchOmniDomainAccessPolicy = 'CloudWatchOmniDomainAccessPolicy';
/** Managed policy for customers to attach to CloudWatch Omni so that CloudWatch Omni features can make Bedrock Model Inference calls such as in Agent Playground or Evaluations */
AwsManagedPolicy.CloudWatchOmniModelInferencePolicy = 'CloudWatchOmniModelInferencePolicy';
/** Provides access to manage CloudWatch Omni spaces, view Applications Telemetry, and other Observability and Monitoring features through the new CloudWatch Omni Product */
AwsManagedPolicy.CloudWatchOmniSpaceAccessPolicy = 'CloudWatchOmniSpaceAccessPolicy';
/** This policy provides user access to view OpenSearch dashboards on the CloudWatch Logs console. */
AwsManagedPolicy.CloudWatchOpenSearchDashboardAccess = 'CloudWatchOpenSearchDashboardAccess';
/** This policy provides user access to create integration with OpenSearch to create, update, delete or view dashboards on the CloudWatch Logs console. */
AwsManagedPolicy.CloudWatchOpenSearchDashboardsFullAccess = 'CloudWatchOpenSearchDashboardsFullAccess';
/** Provides read only access to CloudWatch. */
AwsManagedPolicy.CloudWatchReadOnlyAccess = 'CloudWatchReadOnlyAccess';
/** Provides full access to CloudWatch Synthetics. */
AwsManagedPolicy.CloudWatchSyntheticsFullAccess = 'CloudWatchSyntheticsFullAccess';
/** Provides read only access to CloudWatch Synthetics. */
AwsManagedPolicy.CloudWatchSyntheticsReadOnlyAccess = 'CloudWatchSyntheticsReadOnlyAccess';
/** Policy for AWS Comprehend service role which allows access to S3 resources for data access */
AwsManagedPolicy.ComprehendDataAccessRolePolicy = 'service-role/ComprehendDataAccessRolePolicy';
/** Provides full access to Amazon Comprehend. */
AwsManagedPolicy.ComprehendFullAccess = 'ComprehendFullAccess';
/** Provides full access to Amazon Comprehend Medical */
AwsManagedPolicy.ComprehendMedicalFullAccess = 'ComprehendMedicalFullAccess';
/** Provides read-only access to Amazon Comprehend. */
AwsManagedPolicy.ComprehendReadOnly = 'ComprehendReadOnly';
/** The ComputeOptimizerAutomationServiceRolePolicy managed policy is attached to a service-linked role that allows Compute Optimizer to perform actions on your behalf */
AwsManagedPolicy.ComputeOptimizerAutomationServiceRolePolicy = 'aws-service-role/ComputeOptimizerAutomationServiceRolePolicy';
/** Provides read only access to ComputeOptimizer. */
AwsManagedPolicy.ComputeOptimizerReadOnlyAccess = 'ComputeOptimizerReadOnlyAccess';
/** Allows ComputeOptimizer to call AWS services and collect workload details on your behalf. */
AwsManagedPolicy.ComputeOptimizerServiceRolePolicy = 'aws-service-role/ComputeOptimizerServiceRolePolicy';
/** Policy needed for AWSConfig to create conformance packs */
AwsManagedPolicy.ConfigConformsServiceRolePolicy = 'aws-service-role/ConfigConformsServiceRolePolicy';
/** For use with accounts created through the Vercel Marketplace integration with AWS. Provides access to manage all resources for the services that are integrated with the Vercel Marketplace. */
AwsManagedPolicy.ConsoleFullAccessFromVercel = 'ConsoleFullAccessFromVercel';
/** For use with accounts created through the Vercel Marketplace integration with AWS. Provides access to view all resources for the services that are integrated with the Vercel Marketplace. */
AwsManagedPolicy.ConsoleViewOnlyAccessFromVercel = 'ConsoleViewOnlyAccessFromVercel';
/** This managed policy provides admin access to Cost Optimization Hub. */
AwsManagedPolicy.CostOptimizationHubAdminAccess = 'CostOptimizationHubAdminAccess';
/** This managed policy provides read-only access to Cost Optimization Hub. */
AwsManagedPolicy.CostOptimizationHubReadOnlyAccess = 'CostOptimizationHubReadOnlyAccess';
/** Allows Cost Optimization Hub to retrieve organization information and collect optimization-related data and metadata. */
AwsManagedPolicy.CostOptimizationHubServiceRolePolicy = 'aws-service-role/CostOptimizationHubServiceRolePolicy';
/** Allows Amazon Connect Customer Profiles to access AWS services and resources on your behalf. */
AwsManagedPolicy.CustomerProfilesServiceLinkedRolePolicy = 'aws-service-role/CustomerProfilesServiceLinkedRolePolicy';
/** Grants full access permissions to AWS services and actions required to set up and configure AWS database services. */
AwsManagedPolicy.DatabaseAdministrator = 'job-function/DatabaseAdministrator';
/** Grants permissions to AWS data analytics services. */
AwsManagedPolicy.DataScientist = 'job-function/DataScientist';
/** This policy allows DAX to create and manage Network interface, Security group, Subnet and Vpc on behalf of customer */
AwsManagedPolicy.DAXServiceRolePolicy = 'aws-service-role/DAXServiceRolePolicy';
/** Discovery and Assessment permissions for database connector used in database modernization */
AwsManagedPolicy.DBModDiscoveryAndAssessment = 'DBModDiscoveryAndAssessment';
/** Resource provisioning and data migration permissions for database connector used in database modernization */
AwsManagedPolicy.DBModProvisioningAndMigration = 'DBModProvisioningAndMigration';
/** Provides permissions for the database connector used by ATXHelix during the offline (DMS-free) database modernization workflow */
AwsManagedPolicy.DBModVirtualSource = 'DBModVirtualSource';
/** Provides access to read-only APIs needed to run EC2 Declarative Policies Account Status Report. */
AwsManagedPolicy.DeclarativePoliciesEC2Report = 'aws-service-role/DeclarativePoliciesEC2Report';
/** Permissions required to support Amazon CloudWatch Contributor Insights for Amazon DynamoDB. */
AwsManagedPolicy.DynamoDBCloudWatchContributorInsightsServiceRolePolicy = 'aws-service-role/DynamoDBCloudWatchContributorInsightsServiceRolePolicy';
/** Permissions required by DynamoDB to manage global table replica settings */
AwsManagedPolicy.DynamoDBGlobalTableSettingsManagementServiceRolePolicy = 'aws-service-role/DynamoDBGlobalTableSettingsManagementServiceRolePolicy';
/** Provide AWS DynamoDB access to KinesisDataStreams */
AwsManagedPolicy.DynamoDBKinesisReplicationServiceRolePolicy = 'aws-service-role/DynamoDBKinesisReplicationServiceRolePolicy';
/** Permissions required by DynamoDB for cross-region data replication */
AwsManagedPolicy.DynamoDBReplicationServiceRolePolicy = 'aws-service-role/DynamoDBReplicationServiceRolePolicy';
/** Enables EC2 to discover and manage resources related to EC2 Application Status Checks */
AwsManagedPolicy.EC2ApplicationStatusChecksServiceRolePolicy = 'aws-service-role/EC2ApplicationStatusChecksServiceRolePolicy';
/** This policy grants full access to EC2 Fast Launch actions */
AwsManagedPolicy.EC2FastLaunchFullAccess = 'EC2FastLaunchFullAccess';
/** Policy grants ec2fastlaunch to prepare and manage preprovisioned snapshots in customer's account & publish related metrics. */
AwsManagedPolicy.EC2FastLaunchServiceRolePolicy = 'aws-service-role/EC2FastLaunchServiceRolePolicy';
/** Policy granting permissions to EC2 Fleet to launch instances in the future. */
AwsManagedPolicy.EC2FleetTimeShiftableServiceRolePolicy = 'aws-service-role/EC2FleetTimeShiftableServiceRolePolicy';
/** Permissions need by EC2 Image Builder to perform a cross account distribution. */
AwsManagedPolicy.Ec2ImageBuilderCrossAccountDistributionAccess = 'Ec2ImageBuilderCrossAccountDistributionAccess';
/** Grants permissions that allow EC2 Image Builder to call AWS services on your behalf */
AwsManagedPolicy.EC2ImageBuilderExecutionPolicy = 'EC2ImageBuilderExecutionPolicy';
/** The EC2ImageBuilderLifecycleExecutionPolicy policy grants permissions for Image Builder to perform actions such as deprecate or delete Image Builder image resources and their underlying resources (AMIs, snapshots) to support automated rules for image lifecycle management tasks. */
AwsManagedPolicy.EC2ImageBuilderLifecycleExecutionPolicy = 'service-role/EC2ImageBuilderLifecycleExecutionPolicy';
/** Allows customers to call EC2 Instance Connect to publish ephemeral keys to their EC2 instances and connect via ssh or the EC2 Instance Connect CLI. */
AwsManagedPolicy.EC2InstanceConnect = 'EC2InstanceConnect';
/** EC2 Instance Connect endpoint policy to manage EC2 Instance Connect endpoints created by the customer */
AwsManagedPolicy.Ec2InstanceConnectEndpoint = 'aws-service-role/Ec2InstanceConnectEndpoint';
/** EC2 Instance profile for Image Builder service. */
AwsManagedPolicy.EC2InstanceProfileForImageBuilder = 'EC2InstanceProfileForImageBuilder';
/** EC2 Instance profile for building container images with EC2 Image Builder. This policy grants the user broad permissions to upload ECR images. */
AwsManagedPolicy.EC2InstanceProfileForImageBuilderECRContainerBuilds = 'EC2InstanceProfileForImageBuilderECRContainerBuilds';
/** Enables access to AWS Services and Resources used or managed by ECR Replication */
AwsManagedPolicy.ECRReplicationServiceRolePolicy = 'aws-service-role/ECRReplicationServiceRolePolicy';
/** Allows actions to be performed when using AWS ECR repository creation templates */
AwsManagedPolicy.ECRTemplateServiceRolePolicy = 'aws-service-role/ECRTemplateServiceRolePolicy';
/** This policy allows ElastiCache to manage AWS resources on your behalf as necessary for managing your cache */
AwsManagedPolicy.ElastiCacheServiceRolePolicy = 'aws-service-role/ElastiCacheServiceRolePolicy';
/** Provides full access to Amazon ElasticLoadBalancing, and limited access to other services necessary to provide ElasticLoadBalancing features. */
AwsManagedPolicy.ElasticLoadBalancingFullAccess = 'ElasticLoadBalancingFullAccess';
/** Provides read only access to Amazon ElasticLoadBalancing and dependent services */
AwsManagedPolicy.ElasticLoadBalancingReadOnly = 'ElasticLoadBalancingReadOnly';
/** Access to view purchased assets and download related software and kickstart files */
AwsManagedPolicy.ElementalActivationsDownloadSoftwareAccess = 'ElementalActivationsDownloadSoftwareAccess';
/** Full access to view and take action on Elemental Appliances and Software purchased assets */
AwsManagedPolicy.ElementalActivationsFullAccess = 'ElementalActivationsFullAccess';
/** Access to view purchased assets and generate software licenses for pending activations */
AwsManagedPolicy.ElementalActivationsGenerateLicenses = 'ElementalActivationsGenerateLicenses';
/** Read-only access to the detailed list of purchased assets associated to the AWS account of the user */
AwsManagedPolicy.ElementalActivationsReadOnlyAccess = 'ElementalActivationsReadOnlyAccess';
/** Full access to view and take action on Elemental Appliances and Software quotes and orders */
AwsManagedPolicy.ElementalAppliancesSoftwareFullAccess = 'ElementalAppliancesSoftwareFullAccess';
/** Read-only access to view Elemental Appliances and Software quotes and orders */
AwsManagedPolicy.ElementalAppliancesSoftwareReadOnlyAccess = 'ElementalAppliancesSoftwareReadOnlyAccess';
/** Full access to view and take action on Elemental Appliance and Software support cases and product support content */
AwsManagedPolicy.ElementalSupportCenterFullAccess = 'ElementalSupportCenterFullAccess';
/** This policy grants read-only permissions that allow the WAL service for Amazon EMR to find and return the status of a cluster */
AwsManagedPolicy.EMRDescribeClusterPolicyForEMRWAL = 'aws-service-role/EMRDescribeClusterPolicyForEMRWAL';
/** Provides permissions required by the AWS FinOps Agent to perform cost analysis and spot cost saving opportunity on customer AWS resources. */
AwsManagedPolicy.FinOpsAgentAgentPolicy = 'FinOpsAgentAgentPolicy';
/** Provides access to use the AWS FinOps Agent web app for an Agent. */
AwsManagedPolicy.FinOpsAgentOperatorPolicy = 'FinOpsAgentOperatorPolicy';
/** Access policy to allow FM service linked role to perform FM-related actions on FM-managed resources within a customer AWS Organization account. */
AwsManagedPolicy.FMSServiceRolePolicy = 'aws-service-role/FMSServiceRolePolicy';
/** Allows Amazon FSx to delete its Service Linked Roles for Amazon S3 access */
AwsManagedPolicy.FSxDeleteServiceLinkedRoleAccess = 'aws-service-role/FSxDeleteServiceLinkedRoleAccess';
/** Grants the required permissions for compute actions in an Amazon GameLift container fleet, including access to dependencies such as Amazon S3. */
AwsManagedPolicy.GameLiftContainerFleetPolicy = 'GameLiftContainerFleetPolicy';
/** Policy to allow Gamelift GameServerGroups to manage customer resources */
AwsManagedPolicy.GameLiftGameServerGroupPolicy = 'GameLiftGameServerGroupPolicy';
/** This managed policy grants permission to connect with Amazon Q and utilize the features in the GitLab Duo with Amazon Q integration. */
AwsManagedPolicy.GitLabDuoWithAmazonQPermissionsPolicy = 'GitLabDuoWithAmazonQPermissionsPolicy';
/** Allow GlobalAccelerator Users full Access to all APIs */
AwsManagedPolicy.GlobalAcceleratorFullAccess = 'GlobalAcceleratorFullAccess';
/** Allow GlobalAccelerator Users Access to Read Only APIs */
AwsManagedPolicy.GlobalAcceleratorReadOnlyAccess = 'GlobalAcceleratorReadOnlyAccess';
/** Provides read access to the Greengrass OTA Update artifacts in all Greengrass regions */
AwsManagedPolicy.GreengrassOTAUpdateArtifactAccess = 'service-role/GreengrassOTAUpdateArtifactAccess';
/** AWS Health policy to enable Organizational View feature */
AwsManagedPolicy.HealthOrganizationsServiceRolePolicy = 'aws-service-role/Health_OrganizationsServiceRolePolicy';
/** This policy grants access to read all access information provided by IAM access advisor such as service last accessed information. */
AwsManagedPolicy.IAMAccessAdvisorReadOnly = 'IAMAccessAdvisorReadOnly';
/** Provides full access to IAM Access Analyzer */
AwsManagedPolicy.IAMAccessAnalyzerFullAccess = 'IAMAccessAnalyzerFullAccess';
/** Provides read only access to IAM Access Analyzer resources */
AwsManagedPolicy.IAMAccessAnalyzerReadOnlyAccess = 'IAMAccessAnalyzerReadOnlyAccess';
/** Provides access required to check the presence of root user credentials such as root user password and root user access keys using the Security Token Service (STS) AssumeRoot API. Use this managed policy only with the STS AssumeRoot action. */
AwsManagedPolicy.IAMAuditRootUserCredentials = 'root-task/IAMAuditRootUserCredentials';
/** Provides access required to create a root user password using the Security Token Service (STS) AssumeRoot API.  Use this managed policy only with the STS AssumeRoot action. */
AwsManagedPolicy.IAMCreateRootUserPassword = 'root-task/IAMCreateRootUserPassword';
/** Provides access required to delete all root user credentials such as root password and root access keys using the Security Token Service (STS) AssumeRoot API.  Use this managed policy only with the STS AssumeRoot action. */
AwsManagedPolicy.IAMDeleteRootUserCredentials = 'root-task/IAMDeleteRootUserCredentials';
/** Provides full access to IAM via the AWS Management Console. */
AwsManagedPolicy.IAMFullAccess = 'IAMFullAccess';
/** Provides read only access to IAM via the AWS Management Console. */
AwsManagedPolicy.IAMReadOnlyAccess = 'IAMReadOnlyAccess';
/** Allows an IAM user to manage their own Service Specific Credentials. */
AwsManagedPolicy.IAMSelfManageServiceSpecificCredentials = 'IAMSelfManageServiceSpecificCredentials';
/** Provides the ability for an IAM user to change their own password. */
AwsManagedPolicy.IAMUserChangePassword = 'IAMUserChangePassword';
/** Provides the ability for an IAM user to manage their own SSH keys. */
AwsManagedPolicy.IAMUserSSHKeys = 'IAMUserSSHKeys';
/** Provides full access to Interactive Video Service (IVS), Also included permissions for dependent services, needed for full access to the ivs console. */
AwsManagedPolicy.IVSFullAccess = 'IVSFullAccess';
/** Provides read-only access to IVS Low-Latency and Real-Time streaming APIs */
AwsManagedPolicy.IVSReadOnlyAccess = 'IVSReadOnlyAccess';
/** Service Linked Role to perform S3 PutObject to recording IVS live streams */
AwsManagedPolicy.IVSRecordToS3 = 'aws-service-role/IVSRecordToS3';
/** This policy grants Kafka Connect permission to manage AWS resources on your behalf. */
AwsManagedPolicy.KafkaConnectServiceRolePolicy = 'aws-service-role/KafkaConnectServiceRolePolicy';
/** IAM service linked role policy for Kafka. */
AwsManagedPolicy.KafkaServiceRolePolicy = 'aws-service-role/KafkaServiceRolePolicy';
/** Grants the required permissions to Amazon Keyspaces for Change Data Capture */
AwsManagedPolicy.KeyspacesCDCServiceRolePolicy = 'aws-service-role/KeyspacesCDCServiceRolePolicy';
/** Permissions required by Keyspaces for cross-region data replication */
AwsManagedPolicy.KeyspacesReplicationServiceRolePolicy = 'aws-service-role/KeyspacesReplicationServiceRolePolicy';
/** Policy to grant temporary data access to Lake Formation resources */
AwsManagedPolicy.LakeFormationDataAccessServiceRolePolicy = 'aws-service-role/LakeFormationDataAccessServiceRolePolicy';
/** Policy for AWS Lex Bot use case */
AwsManagedPolicy.LexBotPolicy = 'aws-service-role/LexBotPolicy';
/** Policy for AWS Lex Channel use case */
AwsManagedPolicy.LexChannelPolicy = 'aws-service-role/LexChannelPolicy';
/** AWS Lightsail service linked role policy which grants permissions to export resources */
AwsManagedPolicy.LightsailExportAccess = 'aws-service-role/LightsailExportAccess';
/** This policy grants permission to register MediaConnect Gateway Instances to a MediaConnect Gateway. */
AwsManagedPolicy.MediaConnectGatewayInstanceRolePolicy = 'MediaConnectGatewayInstanceRolePolicy';
/** Allows MediaPackage to publish logs to CloudWatch */
AwsManagedPolicy.MediaPackageServiceRolePolicy = 'aws-service-role/MediaPackageServiceRolePolicy';
/** This policy allows MemoryDB to manage AWS resources on your behalf as necessary for managing your resources. */
AwsManagedPolicy.MemoryDBServiceRolePolicy = 'aws-service-role/MemoryDBServiceRolePolicy';
/** Policy for Database Migration Service to assume role in customer's account to call Migration Hub */
AwsManagedPolicy.MigrationHubDMSAccessServiceRolePolicy = 'aws-service-role/MigrationHubDMSAccessServiceRolePolicy';
/** Allows Migration Hub to call Application Discovery Service on your behalf */
AwsManagedPolicy.MigrationHubServiceRolePolicy = 'aws-service-role/MigrationHubServiceRolePolicy';
/** Policy for Server Migration Service to assume role in customer's account to call Migration Hub */
AwsManagedPolicy.MigrationHubSMSAccessServiceRolePolicy = 'aws-service-role/MigrationHubSMSAccessServiceRolePolicy';
/** Policy for AWS Monitron service linked role granting access to required customer resources. */
AwsManagedPolicy.MonitronServiceRolePolicy = 'aws-service-role/MonitronServiceRolePolicy';
/** Provides full access to Multi-party approval. This policy also includes related permissions to AWS Organizations and AWS IAM Identity for managing approval teams and identity sources. */
AwsManagedPolicy.MultiPartyApprovalFullAccess = 'MultiPartyApprovalFullAccess';
/** Provides read-only access to Multi-party approval. This policy also includes related read permission to AWS Organizations and AWS IAM Identity for approval teams and identity sources. */
AwsManagedPolicy.MultiPartyApprovalReadOnlyAccess = 'MultiPartyApprovalReadOnlyAccess';
/** Provides full access to manage Amazon Neptune using the AWS Console. Note this policy also grants full access to publish on all SNS topics within the account, permissions to create and edit Amazon EC2 instances and VPC configurations, permissions to view and list keys on Amazon KMS, and full access to Amazon RDS. For more information, see https://aws.amazon.com/neptune/faqs/. */
AwsManagedPolicy.NeptuneConsoleFullAccess = 'NeptuneConsoleFullAccess';
/** Provides full access to Amazon Neptune. Note this policy also grants full access to publish on all SNS topics within the account and full access to Amazon RDS. For more information, see https://aws.amazon.com/neptune/faqs/. */
AwsManagedPolicy.NeptuneFullAccess = 'NeptuneFullAccess';
/** Provides read only access to all Amazon Neptune Analytics resources along with read only permissions for dependent services. */
AwsManagedPolicy.NeptuneGraphReadOnlyAccess = 'NeptuneGraphReadOnlyAccess';
/** Provides read only access to Amazon Neptune. Note that this policy also grants access to Amazon RDS resources. For more information, see https://aws.amazon.com/neptune/faqs/. */
AwsManagedPolicy.NeptuneReadOnlyAccess = 'NeptuneReadOnlyAccess';
/** Grants full access permissions to AWS services and actions required to set up and configure AWS network resources. */
AwsManagedPolicy.NetworkAdministrator = 'job-function/NetworkAdministrator';
/** Provides permissions for the AWS Shield network security director service linked role to assess specified environments. */
AwsManagedPolicy.NetworkSecurityDirectorServiceLinkedRolePolicy = 'aws-service-role/NetworkSecurityDirectorServiceLinkedRolePolicy';
/** Access policy to allow NetworkSecurityManager service linked role to perform NetworkSecurityManager-related actions on NetworkSecurityManager-managed resources within a customer AWS account. */
AwsManagedPolicy.NetworkSecurityManagerServiceRolePolicy = 'aws-service-role/NetworkSecurityManagerServiceRolePolicy';
/** This policy allows NovaAct to create and manage the necessary resources to operate the Nova Act agents. */
AwsManagedPolicy.NovaActServiceRolePolicy = 'aws-service-role/NovaActServiceRolePolicy';
/** Provides full access to CloudWatch Observability Access Manager */
AwsManagedPolicy.OAMFullAccess = 'OAMFullAccess';
/** Provides Read Only access to CloudWatch Observability Access Manager */
AwsManagedPolicy.OAMReadOnlyAccess = 'OAMReadOnlyAccess';
/** Allows Amazon OpenSearch Ingestion to describe network resources and write service metrics to cloudwatch */
AwsManagedPolicy.OpensearchIngestionSelfManagedVpcePolicy = 'aws-service-role/OpensearchIngestionSelfManagedVpcePolicy';
/** Provides access to associate and dissociate partner central users with IAM roles */
AwsManagedPolicy.PartnerCentralAccountManagementUserRoleAssociation = 'PartnerCentralAccountManagementUserRoleAssociation';
/** Policy provides access to manage all the incentive benefits in AWS Partner Central. */
AwsManagedPolicy.PartnerCentralIncentiveBenefitManagement = 'PartnerCentralIncentiveBenefitManagement';
/** Provides full access to AWS services and resources, but does not allow management of Users and groups. */
AwsManagedPolicy.PowerUserAccess = 'PowerUserAccess';
/** Provides full access to AWS Pricing Plan Manager */
AwsManagedPolicy.PricingPlanManagerFullAccess = 'PricingPlanManagerFullAccess';
/** Provides read only access to AWS Pricing Plan Manager */
AwsManagedPolicy.PricingPlanManagerReadonlyAccess = 'PricingPlanManagerReadonlyAccess';
/** Grants permissions to AWS Services and Resources used or managed by Amazon Q Apps. */
AwsManagedPolicy.QAppsServiceRolePolicy = 'aws-service-role/QAppsServiceRolePolicy';
/** Grants permissions to QBusiness to call QuickSight APIs for the QuickSight plugin */
AwsManagedPolicy.QBusinessQuicksightPluginPolicy = 'QBusinessQuicksightPluginPolicy';
/** Grants permissions to AWS Services and Resources used or managed by Amazon Q */
AwsManagedPolicy.QBusinessServiceRolePolicy = 'aws-service-role/QBusinessServiceRolePolicy';
/** Policy used by QuickSight team to access customer data produced by S3 Storage Management Analytics. */
AwsManagedPolicy.QuickSightAccessForS3StorageManagementAnalyticsReadOnly = 'service-role/QuickSightAccessForS3StorageManagementAnalyticsReadOnly';
/** Default policy for the Amazon RDS service role. */
AwsManagedPolicy.RDSCloudHsmAuthorizationRole = 'service-role/RDSCloudHsmAuthorizationRole';
/** Provides read-only access to AWS services and resources. */
AwsManagedPolicy.ReadOnlyAccess = 'ReadOnlyAccess';
/** Grants an IAM role or user full access to view re:Invent pass charge details and approve billing to their AWS accounts */
AwsManagedPolicy.ReInventTicketApprovalAccess = 'ReInventTicketApprovalAccess';
/** Provides full access to Resource Groups and Tag Editor. */
AwsManagedPolicy.ResourceGroupsandTagEditorFullAccess = 'ResourceGroupsandTagEditorFullAccess';
/** Provides access to use Resource Groups and Tag Editor, but does not allow editing of tags via the Tag Editor. */
AwsManagedPolicy.ResourceGroupsandTagEditorReadOnlyAccess = 'ResourceGroupsandTagEditorReadOnlyAccess';
/** Allows AWS Resource Groups to query the AWS services that own your resources to keep the group up-to-date */
AwsManagedPolicy.ResourceGroupsServiceRolePolicy = 'aws-service-role/ResourceGroupsServiceRolePolicy';
/** Provides permissions to tag and untag all the resources supported by Resource Groups Tagging API. This policy also grants the permissions required to retrieve all tagged, or previously tagged, resources through the Resource Groups Tagging API. */
AwsManagedPolicy.ResourceGroupsTaggingAPITagUntagSupportedResources = 'ResourceGroupsTaggingAPITagUntagSupportedResources';
/** Allows the OpenShift Amazon EBS Container Storage Interface (CSI) Driver Operator to install and maintain the Amazon EBS CSI driver on a Red Hat OpenShift Service on AWS (ROSA) cluster. The Amazon EBS CSI driver allows ROSA clusters to manage the lifecycle of Amazon EBS volumes for persistent volumes. */
AwsManagedPolicy.ROSAAmazonEBSCSIDriverOperatorPolicy = 'service-role/ROSAAmazonEBSCSIDriverOperatorPolicy';
/** Allows the OpenShift Cloud Network Config Controller Operator to provision and manage networking resources for use by the Red Hat OpenShift Service on AWS (ROSA) cluster networking overlay. The OpenShift Cloud Network Operator interfaces with AWS APIs on behalf of the network plugins via CustomResourceDefinitions. The operator uses these policy permissions to manage private IP addresses for Amazon EC2 instances as part of the ROSA cluster. */
AwsManagedPolicy.ROSACloudNetworkConfigOperatorPolicy = 'service-role/ROSACloudNetworkConfigOperatorPolicy';
/** Allows Red Hat OpenShift Service on AWS (ROSA) control plane to manage ROSA cluster Amazon EC2 and Amazon Route 53 resources. */
AwsManagedPolicy.ROSAControlPlaneOperatorPolicy = 'service-role/ROSAControlPlaneOperatorPolicy';
/** Allows the OpenShift Image Registry Operator to provision and manage Amazon S3 buckets and objects for use by the Red Hat OpenShift Service on AWS (ROSA) in-cluster image registry to satisfy ROSA storage requirements. The OpenShift Image Registry Operator installs and maintains the internal registry of a Red Hat OpenShift cluster. */
AwsManagedPolicy.ROSAImageRegistryOperatorPolicy = 'service-role/ROSAImageRegistryOperatorPolicy';
/** Allows the OpenShift Ingress Operator to provision and manage load balancers and domain name system (DNS) configurations for Red Hat OpenShift Service on AWS (ROSA) clusters. The policy allows read access to tag values, which the operator filters for Route 53 resources to discover hosted zones. */
AwsManagedPolicy.ROSAIngressOperatorPolicy = 'service-role/ROSAIngressOperatorPolicy';
/** Allows the Red Hat OpenShift Service on AWS (ROSA) installer to manage AWS resources that support ROSA cluster installation. This includes managing instance profiles for ROSA worker nodes. */
AwsManagedPolicy.ROSAInstallerPolicy = 'service-role/ROSAInstallerPolicy';
/** Provides permissions for the ROSA Karpenter controller to dynamically provision and manage EC2 instances for Red Hat OpenShift Service on AWS (ROSA) hosted control plane clusters. This includes EC2 fleet and   instance lifecycle management, instance pricing queries, KMS operations for EBS volume encryption with customer-managed keys, and IAM instance profile management. */
AwsManagedPolicy.ROSAKarpenterControllerPolicy = 'service-role/ROSAKarpenterControllerPolicy';
/** Allows the built-in ROSA AWS Encryption Provider to manage AWS Key Management Service (KMS) keys to support etcd data encryption using a customer provided AWS KMS key. The policy allows encryption and decryption of data using KMS keys. */
AwsManagedPolicy.ROSAKMSProviderPolicy = 'service-role/ROSAKMSProviderPolicy';
/** Allows the ROSA Kubernetes controller to manage Amazon EC2, Elastic Load Balancing (ELB), and AWS Key Management Service (KMS) resources for a ROSA cluster. */
AwsManagedPolicy.ROSAKubeControllerPolicy = 'service-role/ROSAKubeControllerPolicy';
/** This policy provides the permissions required to manage the Red Hat OpenShift Service on AWS (ROSA) subscription. */
AwsManagedPolicy.ROSAManageSubscription = 'ROSAManageSubscription';
/** Allows Red Hat OpenShift Service on AWS (ROSA) to manage cluster EC2 instances as worker nodes, including permission to configure security groups and tag instances and volumes. This policy also allows for the use of EC2 instances with disk encryption provided by AWS Key Management Service (KMS) keys. */
AwsManagedPolicy.ROSANodePoolManagementPolicy = 'service-role/ROSANodePoolManagementPolicy';
/** Allows the Red Hat OpenShift Service on AWS (ROSA) installer to configure VPC Endpoints and Security Groups. Intended to be used on a shared VPC. */
AwsManagedPolicy.ROSASharedVPCEndpointPolicy = 'ROSASharedVPCEndpointPolicy';
/** Allows the Red Hat OpenShift Service on AWS (ROSA) installer to configure Route53 records. Intended to be used on a shared VPC. */
AwsManagedPolicy.ROSASharedVPCRoute53Policy = 'ROSASharedVPCRoute53Policy';
/** Provides ROSA site reliability engineering (SRE) the permissions needed to initially observe, diagnose, and support AWS resources associated with Red Hat OpenShift Service on AWS (ROSA) clusters, including the ability to change ROSA cluster node state. */
AwsManagedPolicy.ROSASRESupportPolicy = 'service-role/ROSASRESupportPolicy';
/** Allows Red Hat OpenShift Service on AWS (ROSA) worker nodes in your account read-only access to Amazon EC2 instances and AWS Regions for compute node lifecycle management. */
AwsManagedPolicy.ROSAWorkerInstancePolicy = 'service-role/ROSAWorkerInstancePolicy';
/** Service Linked Role Policy for Route 53 Recovery Readiness */
AwsManagedPolicy.Route53RecoveryReadinessServiceRolePolicy = 'aws-service-role/Route53RecoveryReadinessServiceRolePolicy';
/** Enables access to AWS Services and Resources used or managed by Route53 Resolver */
AwsManagedPolicy.Route53ResolverServiceRolePolicy = 'aws-service-role/Route53ResolverServiceRolePolicy';
/** A service-linked role required for AWS RTBFabric to create and manage your network interface resources and deliver metrics. */
AwsManagedPolicy.RTBFabricServiceRolePolicy = 'aws-service-role/RTBFabricServiceRolePolicy';
/** Enables access to AWS Services and Resources used or managed by S3 Storage Lens */
AwsManagedPolicy.S3StorageLensServiceRolePolicy = 'aws-service-role/S3StorageLensServiceRolePolicy';
/** Provides access required to unlock a S3 bucket policy using the Security Token Service (STS) AssumeRoot API. Use this managed policy only with the STS AssumeRoot action. */
AwsManagedPolicy.S3UnlockBucketPolicy = 'root-task/S3UnlockBucketPolicy';
/** Provides initial administrative and individual setup privileges for Amazon SageMaker Unified Studio via the AWS Management Console and SDK. Allows launching of SageMaker Unified Studio Portal. */
AwsManagedPolicy.SageMakerStudioAdminIAMConsolePolicy = 'SageMakerStudioAdminIAMConsolePolicy';
/** Administrative execution policy for using IAM roles with SageMaker Unified Studio. Allows admins to provision, manage and access resources in your account (excluding access to data resources) for IAM-based usage of SageMaker Unified Studio. */
AwsManagedPolicy.SageMakerStudioAdminIAMDefaultExecutionPolicy = 'SageMakerStudioAdminIAMDefaultExecutionPolicy';
/** Administrative execution policy for using IAM roles with SageMaker Unified Studio. Allows admins to provision, manage and access resources in the local account (including broad access to all APIs in data services like S3, Glue, CloudWatch Logs, and others) for IAM-based usage of SageMaker Unified Studio. */
AwsManagedPolicy.SageMakerStudioAdminIAMPermissiveExecutionPolicy = 'SageMakerStudioAdminIAMPermissiveExecutionPolicy';
/** This IAM policy grants an IAM role full access to AWS Glue Data Catalog (metadata) and Amazon S3 (actual data) for data lake operations, with access scoped by account, and role tags. */
AwsManagedPolicy.SageMakerStudioAdminProjectUserRolePolicy = 'SageMakerStudioAdminProjectUserRolePolicy';
/** Allows Amazon Bedrock Agents to access Amazon Bedrock models and other resources attached to an agent in SageMaker Studio. */
AwsManagedPolicy.SageMakerStudioBedrockAgentServiceRolePolicy = 'service-role/SageMakerStudioBedrockAgentServiceRolePolicy';
/** Provides access to an Amazon Bedrock chat agent app's configuration and Amazon Bedrock agent in SageMaker Studio. */
AwsManagedPolicy.SageMakerStudioBedrockChatAgentUserRolePolicy = 'service-role/SageMakerStudioBedrockChatAgentUserRolePolicy';
/** Allows Amazon Bedrock to access Amazon Bedrock models and datasets for evaluation jobs in SageMaker Studio. */
AwsManagedPolicy.SageMakerStudioBedrockEvaluationJobServiceRolePolicy = 'service-role/SageMakerStudioBedrockEvaluationJobServiceRolePolicy';
/** Allows Amazon Bedrock Flows to access Amazon Bedrock models and other resources attached to a flow in SageMaker Studio. */
AwsManagedPolicy.SageMakerStudioBedrockFlowServiceRolePolicy = 'service-role/SageMakerStudioBedrockFlowServiceRolePolicy';
/** Allows AWS Lambda to access an Amazon Bedrock function component's configuration in SageMaker Studio. */
AwsManagedPolicy.SageMakerStudioBedrockFunctionExecutionRolePolicy = 'service-role/SageMakerStudioBedrockFunctionExecutionRolePolicy';
/** Provides access to configure vector stores and Amazon Bedrock knowledge bases in SageMaker Studio. */
AwsManagedPolicy.SageMakerStudioBedrockKnowledgeBaseCustomResourcePolicy = 'service-role/SageMakerStudioBedrockKnowledgeBaseCustomResourcePolicy';
/** Allows Amazon Bedrock Knowledge Bases to access Amazon Bedrock models and data sources in SageMaker Studio. */
AwsManagedPolicy.SageMakerStudioBedrockKnowledgeBaseServiceRolePolicy = 'service-role/SageMakerStudioBedrockKnowledgeBaseServiceRolePolicy';
/** Provides access to an Amazon Bedrock prompt and its configuration in SageMaker Studio. */
AwsManagedPolicy.SageMakerStudioBedrockPromptUserRolePolicy = 'service-role/SageMakerStudioBedrockPromptUserRolePolicy';
/** This policy is used by Amazon SageMaker Studio to catalog, discover, govern, share, and analyze data in the Amazon SageMaker Studio domain. */
AwsManagedPolicy.SageMakerStudioDomainExecutionRolePolicy = 'service-role/SageMakerStudioDomainExecutionRolePolicy';
/** Service role for domain level actions in the portal that are performed by Amazon SageMaker Studio. */
AwsManagedPolicy.SageMakerStudioDomainServiceRolePolicy = 'service-role/SageMakerStudioDomainServiceRolePolicy';
/** Amazon SageMaker Studio creates IAM roles for projects users to perform data analytics, artificial intelligence, and machine learning actions, and uses this policy when creating these roles to define the permissions related to EMR. */
AwsManagedPolicy.SageMakerStudioEMRContainersSystemNamespaceRolePolicy = 'service-role/SageMakerStudioEMRContainersSystemNamespaceRolePolicy';
/** Amazon SageMaker Studio creates IAM roles for projects users to perform data analytics, artificial intelligence, and machine learning actions, and uses this policy when creating these roles to define the permissions related to EMR. */
AwsManagedPolicy.SageMakerStudioEMRInstanceRolePolicy = 'service-role/SageMakerStudioEMRInstanceRolePolicy';
/** Amazon SageMaker Studio creates IAM roles for projects users to perform data analytics, artificial intelligence, and machine learning actions, and uses this policy when creating these roles to define the permissions related to EMR. */
AwsManagedPolicy.SageMakerStudioEMRServiceRolePolicy = 'service-role/SageMakerStudioEMRServiceRolePolicy';
/** This policy provides full access to Amazon SageMaker Unified Studio via the Amazon SageMaker management console. */
AwsManagedPolicy.SageMakerStudioFullAccess = 'SageMakerStudioFullAccess';
/** Amazon SageMaker Studio uses this policy to provision and manage resources in your account. */
AwsManagedPolicy.SageMakerStudioProjectProvisioningRolePolicy = 'service-role/SageMakerStudioProjectProvisioningRolePolicy';
/** Amazon SageMaker Studio creates IAM roles for projects users to perform data analytics, artificial intelligence, and machine learning actions, and uses this policy when creating these roles to define the permissions related to SageMaker. */
AwsManagedPolicy.SageMakerStudioProjectRoleMachineLearningPolicy = 'SageMakerStudioProjectRoleMachineLearningPolicy';
/** Amazon SageMaker creates IAM roles for Projects users to perform data analytics, artificial intelligence, and machine learning actions, and uses this policy when creating these roles to define the boundary of their permissions. */
AwsManagedPolicy.SageMakerStudioProjectUserRolePermissionsBoundary = 'SageMakerStudioProjectUserRolePermissionsBoundary';
/** Amazon SageMaker Studio creates IAM roles for projects users to perform data analytics, artificial intelligence, and machine learning actions, and uses this policy when creating these roles to define the permissions. */
AwsManagedPolicy.SageMakerStudioProjectUserRolePolicy = 'SageMakerStudioProjectUserRolePolicy';
/** Amazon SageMaker Studio uses this policy when running query executions on federated connections. */
AwsManagedPolicy.SageMakerStudioQueryExecutionRolePolicy = 'service-role/SageMakerStudioQueryExecutionRolePolicy';
/** Provides individual setup privileges for Amazon SageMaker Unified Studio via the AWS Management Console and SDK. Allows launching of SageMaker Unified Studio Portal. */
AwsManagedPolicy.SageMakerStudioUserIAMConsolePolicy = 'SageMakerStudioUserIAMConsolePolicy';
/** Execution policy for using IAM roles with SageMaker Unified Studio. Allows users to access resources in the local account (excluding access to data resources) for IAM-based usage of SageMaker Unified Studio. */
AwsManagedPolicy.SageMakerStudioUserIAMDefaultExecutionPolicy = 'SageMakerStudioUserIAMDefaultExecutionPolicy';
/** Execution policy for using IAM roles with SageMaker Unified Studio. Allows users to access resources in your account (including broad access to all APIs in data services like S3, Glue, CloudWatch Logs, and others) for IAM-based usage of SageMaker Unified Studio. */
AwsManagedPolicy.SageMakerStudioUserIAMPermissiveExecutionPolicy = 'SageMakerStudioUserIAMPermissiveExecutionPolicy';
/** Provides read/write access to AWS Secrets Manager via the AWS Management Console. Note: this exludes IAM actions, so combine with IAMFullAccess if rotation configuration is required. */
AwsManagedPolicy.SecretsManagerReadWrite = 'SecretsManagerReadWrite';
/** Provides permissions for authenticated users to access the Security Agent Web Application for configuring and executing automated security penetration tests. This policy enables users to manage pentests, view findings, monitor test execution, and interact with AWS resources required for security testing operations. */
AwsManagedPolicy.SecurityAgentWebAppAPIPolicy = 'service-role/SecurityAgentWebAppAPIPolicy';
/** Provides permissions for authenticated users to access the Security Agent Web Application for configuring and executing automated security penetration tests. This policy enables users to manage pentests, view findings, monitor test execution, and interact with AWS resources required for security testing operations. */
AwsManagedPolicy.SecurityAgentWebAppPolicy = 'SecurityAgentWebAppPolicy';
/** The security audit template grants access to read security configuration metadata. It is useful for software that audits the configuration of an AWS account. */
AwsManagedPolicy.SecurityAudit = 'SecurityAudit';
/** Provides access to manage resources created by Security Lake. */
AwsManagedPolicy.SecurityLakeResourceManagementServiceRolePolicy = 'aws-service-role/SecurityLakeResourceManagementServiceRolePolicy';
/** This policy grants permissions to operate the Amazon Security Lake service on your behalf */
AwsManagedPolicy.SecurityLakeServiceLinkedRole = 'aws-service-role/SecurityLakeServiceLinkedRole';
/** Permissions to allow the AWS Server Migration Connector to migrate VMs to EC2. Allows communication with the AWS Server Migration Service, read/write access to S3 buckets starting with 'sms-b-' and 'import-to-ec2-' as well as the buckets used for AWS Server Migration Connector upgrade, AWS Server Migration Connector registration with AWS, and metrics upload to AWS. */
AwsManagedPolicy.ServerMigrationConnector = 'ServerMigrationConnector';
/** Required permissions to use all features of the Server Migration Service Console */
AwsManagedPolicy.ServerMigrationServiceConsoleFullAccess = 'ServerMigrationServiceConsoleFullAccess';
/** Permissions to allow the AWS Server Migration Service to create and update relevant AWS resources into the customer's AWS account for launching migrated servers and applications. */
AwsManagedPolicy.ServerMigrationServiceLaunchRole = 'service-role/ServerMigrationServiceLaunchRole';
/** Permissions to allow the AWS SMS to run used data validation script and send script success/failure back to SMS */
AwsManagedPolicy.ServerMigrationServiceRoleForInstanceValidation = 'service-role/ServerMigrationServiceRoleForInstanceValidation';
/** Provides full access to Service Quotas */
AwsManagedPolicy.ServiceQuotasFullAccess = 'ServiceQuotasFullAccess';
/** Provides read only access to Service Quotas */
AwsManagedPolicy.ServiceQuotasReadOnlyAccess = 'ServiceQuotasReadOnlyAccess';
/** Allows Service Quotas to create support cases on your behalf */
AwsManagedPolicy.ServiceQuotasServiceRolePolicy = 'aws-service-role/ServiceQuotasServiceRolePolicy';
/** Provides permissions for programmatic access to AWS through the AWS Sign-in service, including OAuth2 token creation for developer tools and applications. */
AwsManagedPolicy.SignInLocalDevelopmentAccess = 'SignInLocalDevelopmentAccess';
/** Provides full access to the Simple Workflow configuration service. */
AwsManagedPolicy.SimpleWorkflowFullAccess = 'SimpleWorkflowFullAccess';
/** Allows SMSVoice to publish metrics to CloudWatch on your behalf */
AwsManagedPolicy.SMSVoiceServiceRolePolicy = 'aws-service-role/SMSVoiceServiceRolePolicy';
/** Allows split cost allocation data to retrieve AWS Organizations information, if applicable, and collect telemetry data for the split cost allocation data services that the customer has opted in to. */
AwsManagedPolicy.SplitCostAllocationDataServiceRolePolicy = 'aws-service-role/SplitCostAllocationDataServiceRolePolicy';
/** Provides access required to unlock a SQS queue policy using the Security Token Service (STS) AssumeRoot API. Use this managed policy only with the STS AssumeRoot action. */
AwsManagedPolicy.SQSUnlockQueuePolicy = 'root-task/SQSUnlockQueuePolicy';
/** Provides permissions to check Quick Setup configuration health, ensure consistent use of parameters and provisioned resources, and remediate resources when drift is detected. */
AwsManagedPolicy.SSMQuickSetupRolePolicy = 'aws-service-role/SSMQuickSetupRolePolicy';
/** This policy grants permissions to troubleshoot and resolve issues in an AWS account. This policy also enables the user to contact AWS support to create and manage cases. */
AwsManagedPolicy.SupportUser = 'job-function/SupportUser';
/** Grants full access permissions necessary for resources required for application and development operations. */
AwsManagedPolicy.SystemAdministrator = 'job-function/SystemAdministrator';
/** Provides full access to Amazon Translate. */
AwsManagedPolicy.TranslateFullAccess = 'TranslateFullAccess';
/** Provides read-only access to Amazon Translate. */
AwsManagedPolicy.TranslateReadOnly = 'TranslateReadOnly';
/** This policy grants permissions to view resources and basic metadata across all AWS services. */
AwsManagedPolicy.ViewOnlyAccess = 'job-function/ViewOnlyAccess';
/** Default policy for the VM Import/Export service role, for customers using the AWS Connector. The VM Import/Export service assumes a role with this policy to fulfill virtual machine migration requests from the AWS Connector virtual appliance. (Note that the AWS Connector uses the "AWSConnector" managed policy to issue requests on the customer's behalf to the VM Import/Export service.) Provides the ability to create AMIs and EBS snapshots, modify EBS snapshot attributes, make "Describe*" calls on EC2 objects, and read from S3 buckets starting with 'import-to-ec2-'. */
AwsManagedPolicy.VMImportExportRoleForAWSConnector = 'service-role/VMImportExportRoleForAWSConnector';
/** Provides full access to Amazon VPC Lattice and access to dependency services. */
AwsManagedPolicy.VPCLatticeFullAccess = 'VPCLatticeFullAccess';
/** Provides read-only access to Amazon VPC Lattice via the AWS Management Console, and limited access to dependency services. */
AwsManagedPolicy.VPCLatticeReadOnlyAccess = 'VPCLatticeReadOnlyAccess';
/** Provides access to invoking Amazon VPC Lattice services. */
AwsManagedPolicy.VPCLatticeServicesInvokeAccess = 'VPCLatticeServicesInvokeAccess';
/** Creating SLR to write customer's logs to a firehose stream */
AwsManagedPolicy.WAFLoggingServiceRolePolicy = 'aws-service-role/WAFLoggingServiceRolePolicy';
/** Creating SLR to write customer's logs to a firehose stream */
AwsManagedPolicy.WAFRegionalLoggingServiceRolePolicy = 'aws-service-role/WAFRegionalLoggingServiceRolePolicy';
/** This policy creates a service-linked role that allows AWS WAF to write logs to Amazon Kinesis Data Firehose. */
AwsManagedPolicy.WAFV2LoggingServiceRolePolicy = 'aws-service-role/WAFV2LoggingServiceRolePolicy';
/** Grants the AWS Well-Architected Agent read-only access to AWS resource configurations, security settings, and operational data to generate optimization recommendations */
AwsManagedPolicy.WellArchitectedAgentResourceScanning = 'WellArchitectedAgentResourceScanning';
/** Provides full access to AWS Well-Architected Tool via the AWS Management Console */
AwsManagedPolicy.WellArchitectedConsoleFullAccess = 'WellArchitectedConsoleFullAccess';
/** Provides read-only access to AWS Well-Architected Tool via the AWS Management Console */
AwsManagedPolicy.WellArchitectedConsoleReadOnlyAccess = 'WellArchitectedConsoleReadOnlyAccess';
/** Enables access to AWS Services and Resources used or managed by Amazon WorkLink */
AwsManagedPolicy.WorkLinkServiceRolePolicy = 'WorkLinkServiceRolePolicy';
