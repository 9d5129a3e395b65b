import { Field, ID, ObjectType } from 'type-graphql';
import { ApplicationStage } from '../applications/application.enums';
import { ApplicationEventType, ApplicationType } from '../applications/application.types';
import { DossierPartObject } from '../applications/dossier-part-object';

/**
 * One step of an application's procedure as it happens (a subscription's event): its procedure part of the
 * visibility matrix, like the history entry it is; the application under it answers field by field.
 */
@ObjectType('ApplicationProgress', { description: 'One step of an application\'s procedure, delivered as it is committed' })
export class ApplicationProgressType extends DossierPartObject {
  @Field(() => ID, { nullable: true })
  applicationId?: string;

  @Field(() => ApplicationStage, { nullable: true, description: 'The stage the application is in now' })
  stage?: ApplicationStage;

  @Field(() => ApplicationEventType, { nullable: true, description: 'The step, as the application\'s history shows it to the viewer' })
  event?: ApplicationEventType;

  @Field(() => ApplicationType, { nullable: true, description: 'The application now (each field decided by the visibility matrix)' })
  application?: ApplicationType;
}
